package it.lombardia.codesign.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.CMapAwareDocumentFont;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfLiteral;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * What a screen reader gets from a PDF: the catalog's language, marking and title display, and the
 * structure tree in reading order with the text of each element, read from the marked content its
 * MCIDs point to on the pages. Text outside any marked content and marked content no element claims
 * are listed, so a test can require that there is none; artifact text (page footers) is kept apart.
 */
public record PdfTags(String language, boolean marked, boolean displaysTitle, String title,
                      List<Element> elements, List<String> untaggedText, List<String> unclaimedMarks,
                      List<String> artifactText, boolean parentTreeMatches) {

    /** A structure element: its type (H1, P, TD...), its depth under the root and its whole text. */
    public record Element(String type, int depth, String text, String scope) {
    }

    /** The texts of the elements of one type, in reading order. */
    public List<String> texts(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).map(Element::text).toList();
    }

    /** Headings go down one level at a time (H2 after H1, never H3 straight after H1), as PDF/UA asks. */
    public boolean headingsNeverSkipALevel() {
        int level = 0;
        for (Element element : elements) {
            if (element.type().matches("H[1-6]")) {
                int next = element.type().charAt(1) - '0';
                if (next > level + 1) {
                    return false;
                }
                level = next;
            }
        }
        return level > 0;
    }

    public List<String> types() {
        return elements.stream().map(Element::type).distinct().toList();
    }

    public static PdfTags of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return new Reading(reader).read();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private static final class Reading {

        private final PdfReader reader;
        private final Map<Integer, Integer> pageByObject = new HashMap<>();
        /** page -> MCID -> text */
        private final Map<Integer, Map<Integer, StringBuilder>> marks = new HashMap<>();
        private final List<String> untagged = new ArrayList<>();
        private final List<String> artifacts = new ArrayList<>();
        private final List<Element> elements = new ArrayList<>();
        /** page -> MCID -> the element's object number */
        private final Map<Integer, Map<Integer, Integer>> claimed = new HashMap<>();

        Reading(PdfReader reader) {
            this.reader = reader;
        }

        PdfTags read() throws IOException {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pageByObject.put(reader.getPageOrigRef(page).getNumber(), page);
                readPage(page);
            }
            PdfDictionary catalog = reader.getCatalog();
            PdfString lang = catalog.getAsString(PdfName.LANG);
            PdfDictionary markInfo = catalog.getAsDict(PdfName.MARKINFO);
            PdfDictionary viewer = catalog.getAsDict(PdfName.VIEWERPREFERENCES);
            PdfDictionary structure = catalog.getAsDict(PdfName.STRUCTTREEROOT);
            boolean parentTreeMatches = false;
            if (structure != null) {
                kids(structure.get(PdfName.K), 0, null, 0);
                parentTreeMatches = parentTreeMatches(structure);
            }
            List<String> unclaimed = new ArrayList<>();
            marks.forEach((page, byMcid) -> byMcid.forEach((mcid, text) -> {
                if (!claimed.getOrDefault(page, Map.of()).containsKey(mcid)) {
                    unclaimed.add("page " + page + " MCID " + mcid + ": " + text);
                }
            }));
            String title = reader.getInfo().get("Title");
            return new PdfTags(lang == null ? null : lang.toUnicodeString(),
                    markInfo != null && PdfBoolean.PDFTRUE.equals(markInfo.getAsBoolean(PdfName.MARKED)),
                    viewer != null && PdfBoolean.PDFTRUE.equals(viewer.getAsBoolean(PdfName.DISPLAYDOCTITLE)),
                    title, List.copyOf(elements), untagged.stream().filter(t -> !t.isBlank()).toList(), unclaimed,
                    List.copyOf(artifacts), parentTreeMatches);
        }

        /** Walks the kids of an element (or the root); returns their text. */
        private String kids(PdfObject kids, int depth, PdfIndirectReference page, int elementNumber) {
            PdfObject kid = PdfReader.getPdfObject(kids);
            StringBuilder text = new StringBuilder();
            if (kid == null) {
                return "";
            }
            if (kid.isArray()) {
                for (PdfObject each : ((PdfArray) kid).getElements()) {
                    append(text, kids(each, depth, page, elementNumber));
                }
            } else if (kid.isNumber()) {
                append(text, mark(page, ((PdfNumber) kid).intValue(), elementNumber));
            } else if (kid.isDictionary()) {
                PdfDictionary dict = (PdfDictionary) kid;
                if (PdfName.MCR.equals(dict.getAsName(PdfName.TYPE))) {
                    PdfIndirectReference pg = dict.getAsIndirectObject(PdfName.PG);
                    append(text, mark(pg == null ? page : pg, dict.getAsNumber(PdfName.MCID).intValue(), elementNumber));
                } else if (dict.contains(PdfName.S)) {
                    append(text, element(kids, dict, depth));
                }
            }
            return text.toString();
        }

        private String element(PdfObject reference, PdfDictionary element, int depth) {
            String type = PdfName.decodeName(element.getAsName(PdfName.S).toString());
            int index = elements.size();
            elements.add(null); // keeps reading order: the element before its kids
            PdfIndirectReference page = element.getAsIndirectObject(PdfName.PG);
            int number = reference instanceof PRIndirectReference ref ? ref.getNumber() : -1;
            String text = kids(element.get(PdfName.K), depth + 1, page, number).replaceAll("\\s+", " ").strip();
            PdfDictionary attributes = element.getAsDict(PdfName.A);
            PdfName scope = attributes == null ? null : attributes.getAsName(new PdfName("Scope"));
            elements.set(index, new Element(type, depth, text,
                    scope == null ? null : PdfName.decodeName(scope.toString())));
            return text;
        }

        private String mark(PdfIndirectReference page, int mcid, int elementNumber) {
            if (page == null) {
                return "";
            }
            int pageNumber = pageByObject.getOrDefault(page.getNumber(), -1);
            claimed.computeIfAbsent(pageNumber, p -> new HashMap<>()).put(mcid, elementNumber);
            StringBuilder text = marks.getOrDefault(pageNumber, Map.of()).get(mcid);
            return text == null ? "" : text.toString();
        }

        private static void append(StringBuilder text, String more) {
            if (!more.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(more.strip());
            }
        }

        /** The ParentTree leads from each page's MCID back to the element that claims it. */
        private boolean parentTreeMatches(PdfDictionary structure) {
            Map<Integer, PdfArray> byKey = new LinkedHashMap<>();
            numbers(structure.getAsDict(PdfName.PARENTTREE), byKey);
            for (Map.Entry<Integer, Map<Integer, Integer>> page : claimed.entrySet()) {
                PdfNumber key = reader.getPageN(page.getKey()).getAsNumber(PdfName.STRUCTPARENTS);
                PdfArray parents = key == null ? null : byKey.get(key.intValue());
                if (parents == null) {
                    return false;
                }
                for (Map.Entry<Integer, Integer> mark : page.getValue().entrySet()) {
                    if (mark.getKey() >= parents.size()
                            || parents.getAsIndirectObject(mark.getKey()).getNumber() != mark.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void numbers(PdfDictionary node, Map<Integer, PdfArray> into) {
            if (node == null) {
                return;
            }
            PdfArray nums = node.getAsArray(PdfName.NUMS);
            if (nums != null) {
                for (int i = 0; i + 1 < nums.size(); i += 2) {
                    into.put(nums.getAsNumber(i).intValue(), (PdfArray) PdfReader.getPdfObject(nums.getPdfObject(i + 1)));
                }
            }
            PdfArray kids = node.getAsArray(PdfName.KIDS);
            if (kids != null) {
                for (int i = 0; i < kids.size(); i++) {
                    numbers(kids.getAsDict(i), into);
                }
            }
        }

        private void readPage(int page) throws IOException {
            PdfDictionary pageDict = reader.getPageN(page);
            PdfDictionary resources = pageDict.getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            Map<String, CMapAwareDocumentFont> loaded = new HashMap<>();
            CMapAwareDocumentFont font = null;
            // Each open marked-content sequence: its MCID, -1 for one without, -2 for an artifact.
            Deque<Integer> open = new ArrayDeque<>();
            PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
            List<PdfObject> operands = new ArrayList<>();
            while (!parser.parse(operands).isEmpty()) {
                String operator = operands.getLast().toString();
                switch (operator) {
                    case "BDC" -> {
                        PdfObject props = operands.get(1);
                        PdfNumber mcid = props.isDictionary() ? ((PdfDictionary) props).getAsNumber(PdfName.MCID) : null;
                        open.push(ARTIFACT.equals(operands.get(0)) ? -2 : mcid == null ? -1 : mcid.intValue());
                    }
                    case "BMC" -> open.push(ARTIFACT.equals(operands.get(0)) ? -2 : -1);
                    case "EMC" -> open.pop();
                    case "Tf" -> {
                        String name = operands.get(0).toString();
                        font = loaded.computeIfAbsent(name, n -> new CMapAwareDocumentFont(
                                (PRIndirectReference) fonts.get(new PdfName(n.substring(1)))));
                    }
                    case "BT", "Td", "TD", "Tm", "T*" -> show(page, open, " ");
                    case "Tj", "'", "\"" -> show(page, open, decode(font, (PdfString) operands.get(operands.size() - 2)));
                    case "TJ" -> {
                        StringBuilder text = new StringBuilder();
                        for (PdfObject part : ((PdfArray) operands.get(0)).getElements()) {
                            if (part.isString()) {
                                text.append(decode(font, (PdfString) part));
                            }
                        }
                        show(page, open, text.toString());
                    }
                    default -> {
                    }
                }
            }
        }

        private static String decode(CMapAwareDocumentFont font, PdfString string) {
            byte[] bytes = string.getOriginalBytes();
            return font == null ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : font.decode(bytes, 0, bytes.length);
        }

        private void show(int page, Deque<Integer> open, String text) {
            if (open.contains(-2)) {
                if (!text.isBlank()) {
                    artifacts.add(text.strip());
                }
                return;
            }
            Integer mcid = open.stream().filter(m -> m >= 0).findFirst().orElse(null);
            if (mcid == null) {
                untagged.add(text);
                return;
            }
            marks.computeIfAbsent(page, p -> new HashMap<>()).computeIfAbsent(mcid, m -> new StringBuilder()).append(text);
        }
    }
}
