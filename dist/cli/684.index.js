export const id = 684;
export const ids = [684];
export const modules = {

/***/ 4684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLspCommand: () => (/* binding */ runLspCommand)
/* harmony export */ });
/** `bc-lint lsp`: the language server over stdio; its code (and vscode-languageserver) loads only here. */
async function runLspCommand(options) {
    const { startLanguageServer } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(20), __webpack_require__.e(170), __webpack_require__.e(779), __webpack_require__.e(944)]).then(__webpack_require__.bind(__webpack_require__, 6944));
    await startLanguageServer({ today: options.today });
    return 0;
}


/***/ })

};
