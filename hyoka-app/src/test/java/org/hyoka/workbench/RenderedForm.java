package org.hyoka.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser would post from the editor's page as it was rendered: every named input, textarea and
 * select of the form, ticked checkboxes only. Reading the page rather than {@link SheetForm#of} is the
 * point: an input the template forgets to render is a value the save drops, and only this sees it.
 */
final class RenderedForm {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"[^\"]*/edit\".*?</form>",
            Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    private RenderedForm() {
    }

    /** The form's names and values, in page order; the CSRF field and the action button left out. */
    static Map<String, String> of(String page) {
        Matcher form = FORM.matcher(page);
        if (!form.find()) {
            throw new AssertionError("no editor form on the page");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher control = CONTROL.matcher(form.group());
        while (control.find()) {
            if (control.group(1) != null) {
                String attributes = control.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                boolean unticked = ("checkbox".equals(type) || "radio".equals(type))
                        && !attributes.matches("(?s).*\\schecked(\\s|$|=).*");
                if (name != null && !name.equals("_csrf") && !unticked) {
                    String value = attribute(attributes, "value");
                    values.put(name, value == null ? "" : value);
                }
            } else if (control.group(2) != null) {
                String name = attribute(control.group(2), "name");
                if (name != null) {
                    String text = unescape(control.group(3));
                    // a browser drops the one newline that may follow the opening tag
                    values.put(name, text.startsWith("\n") ? text.substring(1) : text);
                }
            } else {
                String name = attribute(control.group(4), "name");
                if (name != null) {
                    values.put(name, selected(control.group(5)));
                }
            }
        }
        return values;
    }

    private static String selected(String options) {
        Matcher option = OPTION.matcher(options);
        String first = null;
        while (option.find()) {
            String value = attribute(option.group(1), "value");
            if (first == null) {
                first = value;
            }
            if (option.group(1).matches("(?s).*\\sselected(\\s|$|=).*")) {
                return value == null ? "" : value;
            }
        }
        return first == null ? "" : first;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
