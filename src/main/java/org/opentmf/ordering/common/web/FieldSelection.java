package org.opentmf.ordering.common.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * TMF630 attribute selection ({@code fields=a,b,c}) on first-level attributes. {@code id} and {@code href}
 * are always kept, and so is {@code @type} so a client can always tell what it got.
 */
public final class FieldSelection {

    private static final Set<String> ALWAYS = Set.of("id", "href", "@type");

    private final Set<String> selected;

    private FieldSelection(Set<String> selected) {
        this.selected = selected;
    }

    /** No {@code fields} parameter (or an empty one): everything. */
    public static FieldSelection parse(String fields) {
        if (fields == null || fields.isBlank()) {
            return new FieldSelection(null);
        }
        return new FieldSelection(Arrays.stream(fields.split(","))
                .map(String::trim)
                .filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean all() {
        return selected == null;
    }

    public ObjectNode apply(ObjectNode tree) {
        if (selected != null) {
            tree.retain(tree.properties().stream()
                    .map(java.util.Map.Entry::getKey)
                    .filter(name -> ALWAYS.contains(name) || selected.contains(name))
                    .toList());
        }
        return tree;
    }
}
