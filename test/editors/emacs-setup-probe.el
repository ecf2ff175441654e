;;; emacs-setup-probe.el --- what a user of docs/editors.md's Emacs setup sees  -*- lexical-binding: t; -*-
;; Loaded by test/editors/emacs-setup.test.ts after Emacs has loaded the user's init.el (the docs' block) and
;; visited the template named on its command line.  Records the major mode, comment settings, faces, the eglot
;; server and its flymake diagnostics into RESULT_OUT, then exits.
(require 'json)
(require 'flymake)

(defun probe--faces ()
  "Per line, the runs of the same `face' property: ((COLUMN . FACE) ...)."
  (save-excursion
    (goto-char (point-min))
    (let (lines)
      (while (not (eobp))
        (let ((pos (line-beginning-position)) (runs nil) (previous 'none))
          (while (< pos (line-end-position))
            (let ((face (get-text-property pos 'face)))
              (unless (equal face previous)
                (push (vector (- pos (line-beginning-position)) (format "%s" face)) runs)
                (setq previous face)))
            (setq pos (1+ pos)))
          (push (vconcat (nreverse runs)) lines))
        (forward-line 1))
      (vconcat (nreverse lines)))))

(defun probe--position (pos)
  "POS as 0-based (LINE . COLUMN)."
  (save-excursion (goto-char pos) (cons (1- (line-number-at-pos)) (current-column))))

(let* ((out (getenv "RESULT_OUT"))
       (want (string-to-number (or (getenv "WANT_DIAGNOSTICS") "0")))
       (buffer (get-file-buffer (expand-file-name (getenv "TEMPLATE")))))
  (unless buffer (error "The template was not visited"))
  (with-current-buffer buffer
    ;; Batch mode runs no command loop, and eglot-ensure connects from post-command-hook: run that hook once,
    ;; as the command loop does right after Emacs has opened the file.
    (run-hooks 'post-command-hook)
    (font-lock-ensure)
    ;; eglot connects synchronously for `eglot-sync-connect' seconds, then in the background (a loaded
    ;; machine), so wait for it. flymake defers its first check until the buffer is shown in a window after a
    ;; command; batch mode has neither, so start it once eglot has turned flymake on. The server may publish
    ;; before it has read the settings: wait for the count the settings give.
    (let ((deadline (+ (float-time) 45)) (started nil))
      (while (and (< (float-time) deadline) (/= (length (flymake-diagnostics)) want))
        (when (and (not started) (bound-and-true-p flymake-mode))
          (flymake-start)
          (setq started t))
        (accept-process-output nil 0.05)))
    (let* ((server (and (fboundp 'eglot-current-server) (eglot-current-server)))
           (diagnostics
            (mapcar (lambda (d)
                      (let ((beg (probe--position (flymake-diagnostic-beg d)))
                            (end (probe--position (flymake-diagnostic-end d)))
                            (text (flymake-diagnostic-text d)))
                        `((code . ,(and (string-match "\\[\\([^]]+\\)\\]" text) (match-string 1 text)))
                          (line . ,(car beg)) (column . ,(cdr beg)) (endLine . ,(car end)) (endColumn . ,(cdr end))
                          (type . ,(format "%s" (flymake-diagnostic-type d))))))
                    (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
      (let ((json (json-encode
                   `((mode . ,(format "%s" major-mode))
                   (commentStart . ,comment-start)
                   (eolType . ,(coding-system-eol-type buffer-file-coding-system))
                   (languageId . ,(and server (eglot--language-id server)))
                   (command . ,(and server (vconcat (process-command (jsonrpc--process server)))))
                   (diagnostics . ,(vconcat diagnostics))
                   (faces . ,(probe--faces))))))
        (with-temp-file out (insert json)))
      (when server (ignore-errors (eglot-shutdown server)))
      (kill-emacs 0))))
