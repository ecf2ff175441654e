;; Emacs 28 + Debian's elpa-eglot as an LSP client: open the template, wait for the server's diagnostics
;; through flymake, write them to RESULT_OUT as JSON.
;; Usage: SERVER_JS=.../dist/main.js RESULT_OUT=out.json TEMPLATE=web.buildcontent emacs --batch -q -l eglot-diagnostics.el
;; (-q, not -Q: Debian's site-start puts elpa-eglot on the load-path.)
(require 'eglot)
(require 'flymake)
(require 'json)

;; The configuration docs/editors.md gives for Emacs.
(define-derived-mode buildcontent-mode prog-mode "BuildContent"
  "Major mode for Alibaba Cloud ECS Image Builder templates."
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("\\.\\(buildcontent\\|imagebuilder\\)\\'" . buildcontent-mode))
(add-to-list 'eglot-server-programs
             `(buildcontent-mode . ("node" ,(getenv "SERVER_JS") "--stdio")))

(let ((out (getenv "RESULT_OUT")))
  (find-file (getenv "TEMPLATE"))
  ;; eglot-ensure waits for a command loop that batch mode never runs: start eglot directly.
  (eglot '(buildcontent-mode) `(transient . ,default-directory) 'eglot-lsp-server
         (list "node" (getenv "SERVER_JS") "--stdio") "buildcontent")
  (flymake-mode 1)
  (flymake-start)
  (let ((deadline (+ (float-time) 20)))
    (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
      (accept-process-output nil 0.1)))
  (let ((found (mapcar (lambda (d)
                         `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
                           (column . ,(save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column)))
                           (type . ,(format "%s" (flymake-diagnostic-type d)))
                           (text . ,(flymake-diagnostic-text d))))
                       (flymake-diagnostics))))
    (with-temp-file out (insert (json-encode (vconcat found))))
    (ignore-errors (eglot-shutdown (eglot-current-server)))
    (kill-emacs (if found 0 2))))
