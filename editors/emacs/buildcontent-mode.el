;;; buildcontent-mode.el --- Major mode for Alibaba Cloud ECS Image Builder templates -*- lexical-binding: t; -*-

;; Copyright (c) 2026 The BuildContent toolkit authors
;; SPDX-License-Identifier: MIT
;; URL: https://github.com/buildcontent/buildcontent
;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1"))
;; Keywords: languages

;;; Commentary:

;; Highlighting and comments for Alibaba Cloud ECS Image Builder templates (the Dockerfile-like BuildContent
;; of the CreateImagePipeline API): *.buildcontent and *.imagebuilder files.  Diagnostics, quick fixes,
;; completion and the emit-request action come from `buildcontent-language-server' through eglot, which
;; this file registers (it does not load eglot).  Setup: docs/editors.md of the BuildContent toolkit.

;;; Code:

(defgroup buildcontent nil
  "Alibaba Cloud ECS Image Builder templates."
  :group 'languages
  :prefix "buildcontent-")

(defcustom buildcontent-language-server-command '("buildcontent-language-server" "--stdio")
  "The language server command that eglot runs for `buildcontent-mode'."
  :type '(repeat string))

(defconst buildcontent-commands
  '("FROM" "COMPONENT" "RUN" "ENV" "WORKDIR" "COPY" "USER" "LABEL" "CMD" "ENTRYPOINT" "RESTART")
  "The commands Image Builder documents.")

(defconst buildcontent-unsupported-commands
  '("ADD" "ARG" "EXPOSE" "VOLUME" "ONBUILD" "STOPSIGNAL" "HEALTHCHECK" "SHELL" "MAINTAINER")
  "Dockerfile instructions the service refuses (InvalidImageTemplateCommand.NotSupported).")

(defvar buildcontent-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; # starts a comment only as the first non-blank character of a line (see
    ;; `buildcontent-syntax-propertize'); elsewhere it is shell text.
    (modify-syntax-entry ?# "." table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\' "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    table)
  "Syntax table of `buildcontent-mode'.")

(defconst buildcontent-syntax-propertize
  (syntax-propertize-rules ("^[ \t]*\\(#\\)" (1 "<")))
  "Marks a # at the start of a line as a comment starter.")

(defun buildcontent--continuation-line-p (pos)
  "Non-nil when the line at POS continues a command (the previous line ends with a backslash)."
  (save-excursion
    (goto-char pos)
    (and (zerop (forward-line -1))
         (looking-at-p "[^\n]*\\\\[ \t]*$")
         (not (looking-at-p "[ \t]*#")))))

(defun buildcontent--match-command (limit)
  "Font-lock matcher: the next command keyword before LIMIT that starts a command, not a continuation line."
  (let ((case-fold-search t) found)
    (while (and (not found) (re-search-forward "^[ \t]*\\([[:alpha:]]+\\)\\(?:[ \t]\\|$\\)" limit t))
      (unless (buildcontent--continuation-line-p (match-beginning 0))
        (setq found t)))
    found))

(defun buildcontent--command-face ()
  "The face of the command keyword just matched: known, refused, or none."
  (let ((word (upcase (match-string 1))))
    (cond ((member word buildcontent-commands) 'font-lock-keyword-face)
          ((member word buildcontent-unsupported-commands) 'font-lock-warning-face))))

(defconst buildcontent-font-lock-keywords
  `((buildcontent--match-command (1 (buildcontent--command-face)))
    ("\\_<\\(IMAGE\\(?:_FAMILY\\)?\\):" (1 font-lock-constant-face))
    ("[ \t]\\(--[[:alpha:]][[:alnum:]_-]*\\)" (1 font-lock-builtin-face))
    ("\\$\\(?:{[^}\n]*}\\|[[:alpha:]_][[:alnum:]_]*\\)" (0 font-lock-variable-name-face t))
    ("\\(\\\\\\)[ \t]*$" (1 font-lock-preprocessor-face)))
  "Highlighting of `buildcontent-mode'.")

;;;###autoload
(define-derived-mode buildcontent-mode prog-mode "BuildContent"
  "Major mode for Alibaba Cloud ECS Image Builder templates (BuildContent)."
  :syntax-table buildcontent-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-use-syntax t)
  (setq-local syntax-propertize-function buildcontent-syntax-propertize)
  (setq-local font-lock-defaults '(buildcontent-font-lock-keywords nil t)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.\\(?:buildcontent\\|imagebuilder\\)\\'" . buildcontent-mode))

;; eglot names the language from the mode (buildcontent), as the server expects.
(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs (cons 'buildcontent-mode buildcontent-language-server-command)))

(provide 'buildcontent-mode)
;;; buildcontent-mode.el ends here
