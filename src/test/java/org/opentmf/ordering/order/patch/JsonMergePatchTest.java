package org.opentmf.ordering.order.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonMergePatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** RFC 7386 appendix A, every row: original, patch, result ('x' stands for "x"). */
    static Stream<Arguments> rfc7386AppendixA() {
        return Stream.of(
                Arguments.of("{'a':'b'}", "{'a':'c'}", "{'a':'c'}"),
                Arguments.of("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}"),
                Arguments.of("{'a':'b'}", "{'a':null}", "{}"),
                Arguments.of("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}"),
                Arguments.of("{'a':['b']}", "{'a':'c'}", "{'a':'c'}"),
                Arguments.of("{'a':'c'}", "{'a':['b']}", "{'a':['b']}"),
                Arguments.of("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}"),
                Arguments.of("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}"),
                Arguments.of("['a','b']", "['c','d']", "['c','d']"),
                Arguments.of("{'a':'b'}", "['c']", "['c']"),
                Arguments.of("{'a':'foo'}", "null", "null"),
                Arguments.of("{'a':'foo'}", "'bar'", "'bar'"),
                Arguments.of("{'e':null}", "{'a':1}", "{'e':null,'a':1}"),
                Arguments.of("[1,2]", "{'a':'b','c':null}", "{'a':'b'}"),
                Arguments.of("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}"),
                // RFC 7386 section 3 example
                Arguments.of(
                        "{'title':'Goodbye!','author':{'givenName':'John','familyName':'Doe'},"
                                + "'tags':['example','sample'],'content':'This will be unchanged'}",
                        "{'title':'Hello!','phoneNumber':'+01-123-456-7890','author':{'familyName':null},'tags':['example']}",
                        "{'title':'Hello!','author':{'givenName':'John'},'tags':['example'],"
                                + "'content':'This will be unchanged','phoneNumber':'+01-123-456-7890'}"),
                // beyond the RFC: scalars, nested creation, deep merge keeps siblings
                Arguments.of("'text'", "{'a':1}", "{'a':1}"),
                Arguments.of("{'a':{'b':{'c':1,'d':2},'e':3}}", "{'a':{'b':{'c':null,'x':[null]}}}",
                        "{'a':{'b':{'d':2,'x':[null]},'e':3}}"),
                Arguments.of("{'a':1}", "{}", "{'a':1}"),
                Arguments.of("{'a':1}", "{'b':null}", "{'a':1}"));
    }

    @ParameterizedTest(name = "[{index}] {0} + {1} = {2}")
    @MethodSource("rfc7386AppendixA")
    void appliesAsRfc7386(String original, String patch, String expected) {
        JsonNode target = json(original);
        JsonNode patchNode = json(patch);
        JsonNode targetBefore = target.deepCopy();
        JsonNode patchBefore = patchNode.deepCopy();

        JsonNode result = JsonMergePatch.apply(target, patchNode);

        assertEquals(json(expected), result);
        assertEquals(targetBefore, target, "target must not be modified");
        assertEquals(patchBefore, patchNode, "patch must not be modified");
    }

    @Test
    void resultSharesNoNodeWithInputs() {
        ObjectNode target = (ObjectNode) json("{'keep':{'x':1},'a':{'b':1}}");
        ObjectNode patch = (ObjectNode) json("{'a':{'c':{'d':2}},'n':[1]}");
        ObjectNode result = (ObjectNode) JsonMergePatch.apply(target, patch);
        assertNotSame(target.get("keep"), result.get("keep"));
        assertNotSame(patch.get("n"), result.get("n"));
        ((ObjectNode) result.get("keep")).put("x", 99);
        ((ObjectNode) result.get("a").get("c")).put("d", 99);
        assertEquals(json("{'keep':{'x':1},'a':{'b':1}}"), target);
        assertEquals(json("{'a':{'c':{'d':2}},'n':[1]}"), patch);
    }

    @Test
    void absentTargetIsLikeNoValue() {
        assertEquals(json("{'a':{}}"), JsonMergePatch.apply(null, json("{'a':{'b':null}}")));
        assertEquals(json("{'a':1}"), JsonMergePatch.apply(MissingNode.getInstance(), json("{'a':1}")));
    }

    static Stream<Arguments> touched() {
        return Stream.of(
                Arguments.of("{'state':'held','note':[{'text':'x'}]}", List.of("state", "note"), false),
                Arguments.of("{'relatedParty':null}", List.of("relatedParty"), false),
                Arguments.of("{'a':{'b':{'c':1}}}", List.of("a"), false),
                Arguments.of("{}", List.of(), false),
                Arguments.of("['x']", List.of(""), true),
                Arguments.of("null", List.of(""), true),
                Arguments.of("'s'", List.of(""), true));
    }

    @ParameterizedTest(name = "{0} touches {1}")
    @MethodSource("touched")
    void touchedTopLevelFields(String patch, List<String> fields, boolean whole) {
        assertEquals(fields, JsonMergePatch.touchedTopLevelFields(json(patch)));
        assertEquals(whole, JsonMergePatch.touchesWholeDocument(json(patch)));
        assertTrue(whole == fields.contains(JsonMergePatch.WHOLE_DOCUMENT));
        assertFalse(fields.size() != fields.stream().distinct().count());
    }
}
