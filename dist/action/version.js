/**
 * JSON with exact integers: values beyond 2^53 (bigint) are written as bare
 * digits, so the text stays exact even where a JavaScript reader would round.
 */
function toJson(value, indent = 2) {
    try {
        // Without a replacer JSON.stringify takes its fast path; it throws on the first bigint.
        return JSON.stringify(value, null, indent);
    }
    catch (e) {
        if (!(e instanceof TypeError))
            throw e;
    }
    const marks = [];
    const text = JSON.stringify(value, (_k, v) => {
        if (typeof v === 'bigint') {
            marks.push(v.toString());
            return `\u0000bigint${marks.length - 1}\u0000`;
        }
        return v;
    }, indent);
    return marks.length === 0 ? text : text.replace(/"\\u0000bigint(\d+)\\u0000"/g, (_m, i) => marks[Number(i)]);
}

/**
 * This tool's version, as package.json says (a test keeps them equal). Run
 * results carry it, so that `summarize` never mixes results of two versions
 * whose figures may not mean the same.
 */
const TOOL_VERSION = '0.1.0';

export { TOOL_VERSION as T, toJson as t };
