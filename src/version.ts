/**
 * This tool's version, as package.json says (a test keeps them equal). Run
 * results carry it, so that `summarize` never mixes results of two versions
 * whose figures may not mean the same.
 */
export const TOOL_VERSION = '0.1.0'
