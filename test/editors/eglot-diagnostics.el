;; Emacs 28 + Debian's elpa-eglot as an LSP client: open the template, wait for the server's diagnostics
;; through flymake, write them to RESULT_OUT as JSON. With ACTION_TITLE set, then run that code action as
;; `M-x eglot-code-actions' does (the menu answered with that title) and record what was offered.
;; Usage: SERVER_JS=.../dist/main.js RESULT_OUT=out.json TEMPLATE=web.buildcontent [ACTION_TITLE=...] emacs --batch -q -l eglot-diagnostics.el
;; (-q, not -Q: Debian's site-start puts elpa-eglot on the load-path.)
(load (expand-file-name "eglot-start.el" (file-name-directory load-file-name)) nil t)

(let ((out (getenv "RESULT_OUT")))
  (buildcontent-test-open (getenv "TEMPLATE"))
  (let ((found (mapcar (lambda (d)
                         `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
                           (column . ,(save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column)))
                           (type . ,(format "%s" (flymake-diagnostic-type d)))
                           (text . ,(flymake-diagnostic-text d))))
                       (flymake-diagnostics))))
    (let ((title (getenv "ACTION_TITLE")))
      (if (not title)
          (with-temp-file out (insert (json-encode (vconcat found))))
        (let ((offered nil) (picked nil) (failure nil))
          (condition-case err
              ;; The interactive path of eglot-code-actions, over the whole buffer: its menu (completing-read in
              ;; a terminal) is answered with ACTION_TITLE, and what it listed is recorded.
              (cl-letf (((symbol-function 'completing-read)
                         (lambda (_prompt collection &rest _)
                           (setq offered (mapcar #'car collection))
                           (setq picked (and (member title offered) title))
                           (or picked (error "No action titled %s" title)))))
                (let ((last-nonmenu-event ?\r)) ; a key, not a mouse click: the menu is a completing-read
                  (eglot-code-actions (point-min) (point-max) nil t)))
            (error (setq failure (error-message-string err))))
          ;; Let the server's follow-up requests (workspace/applyEdit, window/showDocument) arrive.
          (let ((deadline (+ (float-time) 2)))
            (while (< (float-time) deadline) (accept-process-output nil 0.05)))
          (let ((json (json-encode `((diagnostics . ,(vconcat found)) (offered . ,(vconcat offered))
                                     (picked . ,picked) (error . ,failure)
                                     (template . ,(buffer-substring-no-properties (point-min) (point-max)))
                                     (buffers . ,(vconcat (delq nil (mapcar #'buffer-file-name (buffer-list)))))))))
            (with-temp-file out (insert json))))))
    (ignore-errors (eglot-shutdown (eglot-current-server)))
    (kill-emacs (if found 0 2))))
