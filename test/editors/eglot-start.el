;; Shared by the eglot test scripts: a minimal mode for templates and the server from the checkout's dist/
;; (the setup docs/editors.md gives, with editors/emacs/buildcontent-mode.el, is run as written by
;; emacs-setup.test.ts), and `buildcontent-test-open', which opens a template with eglot and waits for its
;; diagnostics. (-q, not -Q: Debian's site-start puts elpa-eglot on the load-path.)
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'cl-lib)

(define-derived-mode buildcontent-mode prog-mode "BuildContent"
  "Major mode for Alibaba Cloud ECS Image Builder templates."
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("\\.\\(buildcontent\\|imagebuilder\\)\\'" . buildcontent-mode))
(add-to-list 'eglot-server-programs
             `(buildcontent-mode . ("node" ,(getenv "SERVER_JS") "--stdio")))

(defun buildcontent-test-open (template)
  "Open TEMPLATE, connect eglot to the server and wait up to 20 s for flymake's diagnostics."
  (find-file template)
  ;; eglot-ensure waits for a command loop that batch mode never runs: start eglot directly.
  (eglot '(buildcontent-mode) `(transient . ,default-directory) 'eglot-lsp-server
         (list "node" (getenv "SERVER_JS") "--stdio") "buildcontent")
  (flymake-mode 1)
  (flymake-start)
  (let ((deadline (+ (float-time) 20)))
    (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
      (accept-process-output nil 0.1))))
