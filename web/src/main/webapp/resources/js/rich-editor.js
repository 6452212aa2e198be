/* The rich-text editor (PrimeFaces p:textEditor, Quill) names nothing by itself: its box is a
   "textbox" without a name, the editing area Quill creates later (when the editor first shows,
   e.g. in a tab) is a bare contenteditable, and the field for a link's address has no label.
   Give them the editor's visible label ("<id>-label") so that screen readers announce them. */
function sportelloNameEditor(widgetVar, linkLabel) {
    var named = function (widget) {
        var label = widget.id + '-label';
        widget.jq.attr('aria-labelledby', label);
        if (widget.editor) {
            var root = widget.editor.root;
            root.setAttribute('role', 'textbox');
            root.setAttribute('aria-multiline', 'true');
            root.setAttribute('aria-labelledby', label);
            widget.jq.find('.ql-tooltip input[type=text]').attr('aria-label', linkLabel);
        }
        return widget;
    };
    var attach = function () {
        var widget = PrimeFaces.widgets[widgetVar];
        if (!widget) {
            return false;
        }
        if (widget.editor) {
            named(widget);
        } else {
            var render = widget._render;
            widget._render = function () {
                render.apply(this, arguments);
                named(this);
            };
            named(widget);
        }
        return true;
    };
    if (!attach()) {
        $(attach);
    }
}
