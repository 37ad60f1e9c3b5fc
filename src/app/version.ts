import packageJson from "../../package.json";

/** The product version the page shows ("0.1.0"), from package.json at build time. */
export const APP_VERSION: string = packageJson.version;
