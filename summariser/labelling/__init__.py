"""`summariser label`: model-assisted labelling of articles into fixtures, in a local web page.

* `work`: one article's labelling in progress (proposed, accepted and rejected items);
* `proposals`: a summary (a model's, or the rules') or an existing fixture as items;
* `session`: the articles of one run, every change written at once to ``<out>/.label/``;
* `fixture`: the finished labels as a fixture file that `summariser fixtures check` accepts;
* `server`: the page and its JSON API on loopback; `static/` holds the page itself.
"""
