;; Emacs 28 + Debian's eglot 1.9 (no workspace-edit resource operations, no window/showDocument): open the
;; template, wait for the diagnostics, list the code actions as `M-x eglot-code-actions' does, run the emit
;; action picked by its title, wait for the request file, and write what happened to RESULT_OUT as JSON.
;; Usage: SERVER_JS=.../dist/main.js RESULT_OUT=out.json TEMPLATE=web.buildcontent emacs --batch -q -l eglot-emit-request.el
(load (expand-file-name "eglot-start.el" (file-name-directory load-file-name)) nil t)

(defun buildcontent-test-finish (code result)
  (with-temp-file (getenv "RESULT_OUT") (insert (json-encode result)))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))

(let* ((template (getenv "TEMPLATE"))
       (wanted (or (getenv "ACTION_TITLE") "Emit CreateImagePipeline request (aliyun CLI)"))
       (request-path (replace-regexp-in-string "\\.buildcontent\\'" ".request.sh" template)))
  (buildcontent-test-open template)
  (let* ((server (eglot-current-server))
         (actions (eglot-code-actions (point-min) (point-max)))
         (titles (mapcar (lambda (a) (plist-get a :title)) actions))
         (chosen (cl-find wanted actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
    (unless chosen
      (buildcontent-test-finish 3 `((error . "the emit action was not offered") (offered . ,(vconcat titles)))))
    ;; What `eglot-code-actions' does with the action the user picks (one candidate: no prompt).
    (eglot--read-execute-code-action (list chosen) server "source")
    (let ((deadline (+ (float-time) 15)))
      (while (and (< (float-time) deadline) (not (file-exists-p request-path)))
        (accept-process-output nil 0.1)))
    (let ((modified (cl-loop for buffer in (buffer-list)
                             when (and (buffer-file-name buffer) (buffer-modified-p buffer))
                             collect (buffer-file-name buffer))))
      (buildcontent-test-finish
       (if (file-exists-p request-path) 0 4)
       `((offered . ,(vconcat titles))
         (request_path . ,request-path)
         (written . ,(file-exists-p request-path))
         (modified_buffers . ,(vconcat modified)))))))
