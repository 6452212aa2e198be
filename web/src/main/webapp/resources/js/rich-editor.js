/* The rich-text editor (PrimeFaces p:textEditor, Quill) names nothing by itself: its box is a
   "textbox" without a name, the editing area Quill creates later (when the editor first shows,
   e.g. in a tab) is a bare contenteditable, and the field for a link's address has no label.
   Give them the editor's visible label ("<id>-label") so that screen readers announce them.
   Each editor on the page is announced by a hidden ".rich-editor-names" marker carrying its
   widget and the link field's label; the markers are read when the page loads and after every
   Ajax update, which may render an editor anew. */
(function () {
    var named = function (widget, linkLabel) {
        var label = widget.id + '-label';
        widget.jq.attr('aria-labelledby', label);
        if (widget.editor) {
            var root = widget.editor.root;
            root.setAttribute('role', 'textbox');
            root.setAttribute('aria-multiline', 'true');
            root.setAttribute('aria-labelledby', label);
            widget.jq.find('.ql-tooltip input[type=text]').attr('aria-label', linkLabel);
        }
    };
    var attach = function (widget, linkLabel) {
        if (!widget.editor && !widget.sportelloNamed) {
            var render = widget._render;
            widget._render = function () {
                render.apply(this, arguments);
                named(this, linkLabel);
            };
            widget.sportelloNamed = true;
        }
        named(widget, linkLabel);
    };
    var nameAll = function () {
        document.querySelectorAll('.rich-editor-names').forEach(function (marker) {
            var widget = window.PrimeFaces && PrimeFaces.widgets[marker.dataset.widget];
            if (widget) {
                attach(widget, marker.dataset.linkLabel);
            }
        });
    };
    // after PrimeFaces has made the page's widgets (they are made when the document is ready)
    jQuery(nameAll);
    jQuery(document).on('pfAjaxComplete', nameAll);
    if (window.faces && faces.ajax) {
        faces.ajax.addOnEvent(function (event) {
            if (event.status === 'success') {
                nameAll();
            }
        });
    }
}());
