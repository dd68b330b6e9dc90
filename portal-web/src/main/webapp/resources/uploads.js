// Picking files again replaces the earlier pick. The upload's onAdd calls add() for every file picked: the first file of
// a pick has the form's remote command clear the files kept on the server, and the pick's files upload once it is done
// (the remote command's oncomplete calls cleared()).
window.PortalUploads = {
    pending: null,

    add: function (widget, file, callback, clear) {
        if (this.pending) {
            this.pending.push(function () { callback(file); });
        } else if (widget.fileAddIndex !== 0) {
            callback(file);
        } else {
            this.pending = [function () { callback(file); }];
            clear();
        }
    },

    cleared: function () {
        var adds = this.pending || [];
        this.pending = null;
        adds.forEach(function (add) { add(); });
    }
};
