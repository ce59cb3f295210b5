"""geo.layers through the store (both backends): saved, listed and loaded; each layer in
its own colour; a save is a new data version, the key of the app's layers cache."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from geo.importers import import_file
from geo.layers import LAYER_COLORS, load_layers, read_layer_infos, save_layer

ACLED = Path(__file__).parent / "fixtures" / "acled_sample.csv"


def test_layers_are_saved_listed_and_loaded_through_the_store(store):
    acled = import_file(ACLED, fmt="acled")
    before = store.data_version()
    assert save_layer(store, acled) == "acled"
    assert store.data_version() > before  # the app's layers cache sees the new layer
    assert save_layer(store, dataclasses.replace(acled, layer="cir")) == "cir"
    infos = read_layer_infos(store)
    assert [(i.name, i.count, i.format) for i in infos] == [
        ("acled", 5, "acled"),
        ("cir", 5, "acled"),
    ]
    assert len({i.color for i in infos}) == 2 and all(i.color in LAYER_COLORS for i in infos)
    rows, loaded, messages = load_layers(store)
    assert messages == [] and loaded == infos
    assert len(rows) == 10 and sorted(set(rows["layer"])) == ["acled", "cir"]
    colors = {i.name: i.color for i in infos}
    save_layer(store, acled)  # replaced, not added; it keeps a colour no other layer has
    again = read_layer_infos(store)
    assert [i.name for i in again] == ["acled", "cir"]
    assert {i.name: i.color for i in again}["acled"] != colors["cir"]


def test_no_layers_is_an_empty_table_with_a_layer_column(store):
    rows, infos, messages = load_layers(store)
    assert rows.empty and "layer" in rows.columns and infos == [] and messages == []
