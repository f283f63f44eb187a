/// The style sheet and script of the HTML report, inlined into every report (no external assets).
///
/// The script only touches the report's own document: sorting and filtering the overview, and
/// rebuilding a frame's `srcdoc` from its original text (remote images allowed, one pin brought
/// forward). It never reads or writes the email's document, which runs in a sandbox without scripts.
enum HTMLReportAssets {
    /// The report page's own policy: its inline style and script, `data:` images, and `https:` images
    /// only because the frames inherit this policy and the reader may allow remote images there.
    static let pagePolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: https:; font-src data:; form-action 'none'; base-uri 'none'"

    static let style = """
        :root{--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--bg:#fff;--panel:#f4f4f4;--error:#b3261e;--warning:#8a5300;--info:#0b57d0;--low:#1e6b33;--focus:#0b57d0}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg)}
        header.page,main{max-width:1400px;margin:0 auto;padding:0 20px}
        header.page{padding-top:16px}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:0 0 6px}h3{font-size:16px;margin:14px 0 6px}
        a{color:var(--info)}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .muted{color:var(--muted)}
        code,pre{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}
        .filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0}
        .filters input[type=search]{font:inherit;padding:4px 8px;border:1px solid #767676;border-radius:4px;min-width:260px}
        select,button{font:inherit}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        th button{background:none;border:0;padding:0;font-weight:bold;cursor:pointer;color:var(--fg)}
        th button::after{content:" \\2195";color:var(--muted)}
        th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .bar{display:flex;align-items:center;gap:8px;min-width:180px}
        .bar span.track{flex:1;height:12px;background:#e6e6e6;border-radius:6px;overflow:hidden;border:1px solid #949494}
        .bar span.fill{display:block;height:100%}
        .verdict-high .fill,.verdict.high{background:var(--error)}
        .verdict-elevated .fill,.verdict.elevated{background:var(--warning)}
        .verdict-low .fill,.verdict.low{background:var(--low)}
        .verdict{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-weight:bold}
        .gate-fail{color:var(--error);font-weight:bold}.gate-pass{color:var(--low);font-weight:bold}
        .sev-error .sev{color:var(--error)}.sev-warning .sev{color:var(--warning)}.sev-info .sev{color:var(--info)}
        .sev{font-weight:bold}
        section.file{border-top:4px solid var(--line);margin:28px 0 0;padding-top:12px}
        section.file.verdict-high{border-top-color:var(--error)}section.file.verdict-elevated{border-top-color:var(--warning)}
        section.file.verdict-low{border-top-color:var(--low)}
        .panel{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:8px 0}
        .panel table th{width:190px;white-space:nowrap}
        .email{display:grid;grid-template-columns:minmax(320px,680px) minmax(300px,1fr);gap:16px;align-items:start}
        @media (max-width:1000px){.email{grid-template-columns:1fr}}
        .toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:0 0 6px}
        iframe{width:100%;height:900px;border:1px solid #767676;border-radius:4px;background:#fff}
        ol.findings{list-style:none;padding:0;margin:0}
        ol.findings li{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:4px;padding:6px 8px;margin:0 0 6px}
        ol.findings li.sev-error{border-left-color:var(--error)}ol.findings li.sev-warning{border-left-color:var(--warning)}
        ol.findings li.sev-info{border-left-color:var(--info)}
        ol.findings li:focus,ol.findings li:hover{background:#eef3fc}
        .pin{display:inline-block;min-width:22px;height:22px;border-radius:11px;background:var(--error);color:#fff;text-align:center;
            font:bold 12px/22px Arial,sans-serif;padding:0 5px;margin-right:4px}
        .pin.none{background:#5f5f5f}
        .detail{display:none;margin-top:6px}
        li:hover .detail,li:focus .detail,li:focus-within .detail{display:block}
        .detail pre{background:#f6f6f6;border:1px solid var(--line);padding:4px 6px;overflow-x:auto;white-space:pre;margin:4px 0}
        .detail p{margin:4px 0}
        .score{font-variant-numeric:tabular-nums;color:var(--muted)}
        .error-box{border:2px solid var(--error);padding:8px;border-radius:4px}
        pre.text-body{white-space:pre-wrap;border:1px solid #767676;padding:8px;max-height:900px;overflow:auto}
        @media print{
          .filters,.toolbar,button.show-pin,th button::after{display:none !important}
          th button{font-weight:bold}
          section.file{break-before:page;border-top-width:2px}
          .email{display:block}
          iframe{height:1100px;break-inside:avoid;border:1px solid #000}
          .detail{display:block !important}
          ol.findings li{break-inside:avoid}
          tr[hidden],section[hidden]{display:revert !important}
          a{color:inherit}
          .verdict,.pin,.fill{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """

    static let script = """
        (function () {
          "use strict";
          var table = document.getElementById("files");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var sortKey = "score", descending = true;
          function value(row, key) {
            var v = row.getAttribute("data-" + key);
            return key === "path" || key === "verdict" ? v : parseFloat(v);
          }
          function sort() {
            rows.sort(function (a, b) {
              var x = value(a, sortKey), y = value(b, sortKey);
              var order = x < y ? -1 : x > y ? 1 : 0;
              if (descending) order = -order;
              return order || (parseInt(a.getAttribute("data-order"), 10) - parseInt(b.getAttribute("data-order"), 10));
            });
            rows.forEach(function (row) { body.appendChild(row); });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
              var button = cell.querySelector("button");
              if (!button) return;
              if (button.getAttribute("data-sort") === sortKey) cell.setAttribute("aria-sort", descending ? "descending" : "ascending");
              else cell.removeAttribute("aria-sort");
            });
          }
          Array.prototype.forEach.call(table.querySelectorAll("th button"), function (button) {
            button.addEventListener("click", function () {
              var key = button.getAttribute("data-sort");
              if (key === sortKey) descending = !descending; else { sortKey = key; descending = key !== "path"; }
              sort();
            });
          });
          var filter = document.getElementById("filter"), failing = document.getElementById("failing"), verdict = document.getElementById("verdict");
          var count = document.getElementById("shown");
          function applyFilter() {
            var text = filter.value.toLowerCase(), shown = 0;
            rows.forEach(function (row) {
              var visible = row.getAttribute("data-path").toLowerCase().indexOf(text) >= 0
                && (!failing.checked || row.getAttribute("data-failed") === "1")
                && (verdict.value === "" || row.getAttribute("data-verdict") === verdict.value);
              row.hidden = !visible;
              var section = document.getElementById(row.getAttribute("data-section"));
              if (section) section.hidden = !visible;
              if (visible) shown += 1;
            });
            count.textContent = shown + " of " + rows.length + " files shown";
          }
          [filter, failing, verdict].forEach(function (control) {
            control.addEventListener("input", applyFilter);
            control.addEventListener("change", applyFilter);
          });
          applyFilter();
          // Each frame is rebuilt from its original srcdoc: the policy and the focus marker come
          // first in it, before any of the email, so the first occurrence replaced is the report's own.
          var originals = {}, remote = {}, focused = {};
          Array.prototype.forEach.call(document.querySelectorAll("iframe[data-copy]"), function (frame) {
            originals[frame.id] = frame.getAttribute("srcdoc");
          });
          function rebuild(id) {
            var frame = document.getElementById(id), text = originals[id];
            if (remote[id]) text = text.replace("\(PinnedCopy.imageSources)", "\(PinnedCopy.remoteImageSources)");
            if (focused[id]) {
              var pin = focused[id].replace(/[^0-9]/g, "");
              text = text.replace("<!-" + "-spamlint-focus-" + "->", "<style>html{scroll-snap-type:y mandatory}[data-spamlint-pin~=\\"" + pin
                + "\\"]{outline:5px solid #0b57d0 !important;scroll-snap-align:center}</style>");
            }
            // A new frame element: replacing srcdoc in place would keep the old document's history entry.
            var copy = frame.cloneNode(false);
            copy.setAttribute("srcdoc", text);
            frame.parentNode.replaceChild(copy, frame);
          }
          Array.prototype.forEach.call(document.querySelectorAll("input.remote-images"), function (box) {
            box.addEventListener("change", function () {
              remote[box.getAttribute("data-frame")] = box.checked;
              rebuild(box.getAttribute("data-frame"));
            });
          });
          Array.prototype.forEach.call(document.querySelectorAll("button.show-pin"), function (button) {
            button.addEventListener("click", function () {
              var id = button.getAttribute("data-frame");
              var pin = button.getAttribute("data-pin");
              focused[id] = focused[id] === pin ? null : pin;
              Array.prototype.forEach.call(document.querySelectorAll("button.show-pin[data-frame='" + id + "']"), function (other) {
                other.setAttribute("aria-pressed", String(focused[id] === other.getAttribute("data-pin")));
              });
              rebuild(id);
              document.getElementById(id).scrollIntoView({block: "nearest"});
            });
          });
        }());
        """
}
