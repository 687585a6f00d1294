package blog.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A document parsed by the JDK's own DOM parser, not the library that wrote it, and read with
 * XPath over the namespaces feeds and sitemaps use.
 */
public final class Xml {

    private static final Map<String, String> NAMESPACES = Map.of(
            "atom", "http://www.w3.org/2005/Atom",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "sm", "http://www.sitemaps.org/schemas/sitemap/0.9");

    private final Document document;
    private final XPath xpath;

    private Xml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
    }

    public static Xml parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    public Document document() {
        return document;
    }

    public String text(String expression) {
        return text(document, expression);
    }

    public String text(Node context, String expression) {
        try {
            return (String) xpath.evaluate(expression, context, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    public List<Node> nodes(String expression) {
        return nodes(document, expression);
    }

    public List<Node> nodes(Node context, String expression) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    public List<String> texts(Node context, String expression) {
        return nodes(context, expression).stream().map(Node::getTextContent).toList();
    }
}
