export const id = 373;
export const ids = [373];
export const modules = {

/***/ 1373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedSince: () => (/* binding */ changedSince),
/* harmony export */   writeFixedFile: () => (/* binding */ writeFixedFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58);




/**
 * Replaces file with content, as --fix does, or returns why it did not (the file is then unchanged). Written to
 * an exclusively created temporary file with an unpredictable name beside the target, given the target's mode
 * and owner, then renamed over it: a reader never sees half a file. Refused: symbolic links (the write would land
 * elsewhere), hard-linked files (a rename would split them), read-only files (by their mode bits, since root may
 * write anything), and a file changed since it was read (an edit saved during the run would be lost).
 */
function writeFixedFile(file, original, content, hooks = {}) {
    let current;
    try {
        current = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
    }
    catch (error) {
        return notWritten(error);
    }
    if (current.isSymbolicLink())
        return '--fix did not rewrite the file: it is a symbolic link; fix the file it points to instead.';
    if (current.nlink > 1) {
        return `--fix did not rewrite the file: it has ${current.nlink} hard links, and rewriting it would separate them.`;
    }
    if ((current.mode & 0o222) === 0) {
        return `--fix did not rewrite the file: it is read-only (mode ${(current.mode & 0o777).toString(8).padStart(3, '0')}).`;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        return '--fix did not rewrite the file: this user may not write it.';
    }
    if (changedSince(file, original))
        return changedMessage;
    const name = `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.bc-lint-fix.tmp`;
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), name);
    let created = false;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, 'wx', 0o600);
        created = true;
        try {
            // Bytes come encoded in the file's own encoding (UTF-16 and UTF-32 files stay so); a string is written as UTF-8.
            writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
            const made = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
            if (made.uid !== current.uid || made.gid !== current.gid)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchownSync)(fd, current.uid, current.gid);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, current.mode & 0o7777);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        hooks.beforeReplace?.(temporary);
        if (changedSince(file, original)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
            return changedMessage;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, file);
        return undefined;
    }
    catch (error) {
        if (created) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
            }
            catch {
                // Already gone: the error that matters is the one below.
            }
        }
        return notWritten(error);
    }
}
const changedMessage = '--fix did not rewrite the file: it changed after bc-lint read it; run bc-lint --fix again.';
function notWritten(error) {
    const code = error.code ?? error.message;
    const why = code === 'EPERM' ? "EPERM: the file's owner or mode could not be kept" : code;
    return `--fix could not rewrite the file (${why}); it was left unchanged.`;
}
/**
 * Whether file is no longer what was read: another inode (replaced), another size or modification time, or other
 * bytes (a same-size edit within the clock's resolution).
 */
function changedSince(file, original) {
    const now = (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceFile */ .sL)(file);
    if (!now.ok)
        return true;
    const before = original.stats;
    return (now.stats.ino !== before.ino ||
        now.stats.dev !== before.dev ||
        now.stats.size !== before.size ||
        now.stats.mtimeMs !== before.mtimeMs ||
        !now.bytes.equals(original.bytes));
}
function writeAll(fd, bytes) {
    for (let offset = 0; offset < bytes.length;)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, offset);
}


/***/ })

};
