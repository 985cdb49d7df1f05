"""Builds both filings in memory (shared by make_filings.py and check_set.py)."""
import fontkit
import render_10k
import render_pr
import saas_data
import utility_data

DOCS = (
    # doc_name, doc_type, renderer, data module, allowed page range
    (utility_data.DOC_NAME, "10k", render_10k, utility_data, (16, 20)),
    (saas_data.DOC_NAME, "8k", render_pr, saas_data, (8, 10)),
)


def build_all():
    out = {}
    for name, kind, renderer, data, (lo, hi) in DOCS:
        errs = data.validate()
        if errs:
            raise SystemExit(f"{name}: figures do not tie: " + "; ".join(errs))
        doc = renderer.build(fontkit.resolve(renderer.FONTS))
        pdf = bytes(doc.output())
        if not lo <= doc.pages_count <= hi:
            raise SystemExit(f"{name}: {doc.pages_count} pages, expected {lo}-{hi}")
        out[name] = {"bytes": pdf, "doc": doc, "kind": kind, "pages": doc.pages_count}
    return out
