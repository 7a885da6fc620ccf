def write_review_page(out): pass
