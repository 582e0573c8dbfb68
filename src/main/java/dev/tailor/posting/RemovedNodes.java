package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The nodes taken out of a page, in order, so that the page can be put back as it was. Stripping a page's chrome
 * in place is cheaper than copying the page first; the rare page that turns out to hold no posting is put back to
 * tell why from the whole of it.
 */
final class RemovedNodes {
    private record Removal(Element parent, int index, Node node) {
    }

    private final List<Removal> removals = new ArrayList<>();

    /** Removes the node from its parent, remembering where it stood. */
    void remove(Node node) {
        if (node.parentNode() instanceof Element parent) {
            removals.add(new Removal(parent, node.siblingIndex(), node));
        }
        node.remove();
    }

    /** Puts every node back where it stood, the last removed first, so each index is right when it is used. */
    void restore() {
        for (int i = removals.size() - 1; i >= 0; i--) {
            Removal removal = removals.get(i);
            removal.parent().insertChildren(removal.index(), removal.node());
        }
        removals.clear();
    }
}
