export const id = 404;
export const ids = [404];
export const modules = {

/***/ 6404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExplainCommand: () => (/* binding */ runExplainCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _files_package_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8706);
/* harmony import */ var _model_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8165);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6170);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(698);






/** `bc-lint explain <rule>`: the rule's documentation page, for reading in the terminal. */
async function runExplainCommand(ruleId, color) {
    const ids = [..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleMetaById */ .WT.keys()];
    if (ruleId === undefined)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`explain needs a rule id: ${ids.join(', ')}`);
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleMetaById */ .WT.has(ruleId)) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`unknown rule "${ruleId}"${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)((0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(ruleId, ids), `; rules: ${ids.join(', ')}`)}`);
    }
    const page = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join((0,_files_package_root_js__WEBPACK_IMPORTED_MODULE_2__/* .packageRoot */ .Z)(), 'docs', 'rules', `${ruleId}.md`), 'utf8');
    process.stdout.write(renderMarkdown(page, color));
    return 0;
}
/** Just enough Markdown for a terminal: headings stand out, code blocks are indented, fences dropped. */
function renderMarkdown(markdown, color) {
    const bold = (text) => (color ? `\u001b[1m${text}\u001b[22m` : text);
    let fenceIndent;
    const lines = markdown.split(/\r?\n/).flatMap((line) => {
        const fence = /^(\s*)```/.exec(line);
        if (fence) {
            fenceIndent = fenceIndent === undefined ? fence[1].length : undefined;
            return [];
        }
        if (fenceIndent !== undefined)
            return [`${' '.repeat(fenceIndent + 4)}${line.slice(fenceIndent)}`];
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading)
            return [heading[1].length === 1 ? bold(heading[2].toUpperCase()) : bold(heading[2])];
        return [line];
    });
    return lines.join('\n').replace(/\n*$/, '\n');
}


/***/ }),

/***/ 8706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);



let cached;
/**
 * The installed bc-lint package's folder (the clone, or node_modules/bc-lint), found by walking up from the
 * running script, so bundled code finds docs/ and schemas/ wherever it is installed.
 */
function packageRoot() {
    if (cached)
        return cached;
    for (let folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));; folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder)) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'bc-lint') {
            return (cached = folder);
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder) === folder)
            throw new Error('cannot find the bc-lint package folder');
    }
}


/***/ })

};
