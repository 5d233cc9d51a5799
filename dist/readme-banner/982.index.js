export const id = 982;
export const ids = [982];
export const modules = {

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.Z9),
/* harmony export */   loadSecurityFolder: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.DY)
/* harmony export */ });
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3780);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7207);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9856);
/** The security folder: record and configuration types, loading, validation. */







/***/ })

};
