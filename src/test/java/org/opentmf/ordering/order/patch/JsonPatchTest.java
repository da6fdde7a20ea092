package org.opentmf.ordering.order.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.order.patch.JsonMergePatchTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonPatchTest {

    /** RFC 6902 appendix A examples that succeed: A.1-A.8, A.10, A.11, A.14, A.16 ('x' stands for "x"). */
    static Stream<Arguments> rfc6902AppendixA() {
        return Stream.of(
                Arguments.of("A.1 adding an object member", "{'foo':'bar'}",
                        "[{'op':'add','path':'/baz','value':'qux'}]",
                        "{'baz':'qux','foo':'bar'}"),
                Arguments.of("A.2 adding an array element", "{'foo':['bar','baz']}",
                        "[{'op':'add','path':'/foo/1','value':'qux'}]",
                        "{'foo':['bar','qux','baz']}"),
                Arguments.of("A.3 removing an object member", "{'baz':'qux','foo':'bar'}",
                        "[{'op':'remove','path':'/baz'}]",
                        "{'foo':'bar'}"),
                Arguments.of("A.4 removing an array element", "{'foo':['bar','qux','baz']}",
                        "[{'op':'remove','path':'/foo/1'}]",
                        "{'foo':['bar','baz']}"),
                Arguments.of("A.5 replacing a value", "{'baz':'qux','foo':'bar'}",
                        "[{'op':'replace','path':'/baz','value':'boo'}]",
                        "{'baz':'boo','foo':'bar'}"),
                Arguments.of("A.6 moving a value", "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}}",
                        "[{'op':'move','from':'/foo/waldo','path':'/qux/thud'}]",
                        "{'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}"),
                Arguments.of("A.7 moving an array element", "{'foo':['all','grass','cows','eat']}",
                        "[{'op':'move','from':'/foo/1','path':'/foo/3'}]",
                        "{'foo':['all','cows','eat','grass']}"),
                Arguments.of("A.8 testing a value: success", "{'baz':'qux','foo':['a',2,'c']}",
                        "[{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}]",
                        "{'baz':'qux','foo':['a',2,'c']}"),
                Arguments.of("A.10 adding a nested member object", "{'foo':'bar'}",
                        "[{'op':'add','path':'/child','value':{'grandchild':{}}}]",
                        "{'foo':'bar','child':{'grandchild':{}}}"),
                Arguments.of("A.11 ignoring unrecognized elements", "{'foo':'bar'}",
                        "[{'op':'add','path':'/baz','value':'qux','xyz':123}]",
                        "{'foo':'bar','baz':'qux'}"),
                Arguments.of("A.14 ~ escape ordering", "{'/':9,'~1':10}",
                        "[{'op':'test','path':'/~01','value':10}]",
                        "{'/':9,'~1':10}"),
                Arguments.of("A.16 adding an array value", "{'foo':['bar']}",
                        "[{'op':'add','path':'/foo/-','value':['abc','def']}]",
                        "{'foo':['bar',['abc','def']]}"));
    }

    /** Further successful cases: pointers, array index rules, root, JSON equality in test. */
    static Stream<Arguments> moreSuccess() {
        return Stream.of(
                Arguments.of("add replaces an existing member", "{'a':1}",
                        "[{'op':'add','path':'/a','value':2}]", "{'a':2}"),
                Arguments.of("add at index == size appends", "{'a':[1,2]}",
                        "[{'op':'add','path':'/a/2','value':3}]", "{'a':[1,2,3]}"),
                Arguments.of("add at index 0", "{'a':[1,2]}",
                        "[{'op':'add','path':'/a/0','value':0}]", "{'a':[0,1,2]}"),
                Arguments.of("add null value", "{}",
                        "[{'op':'add','path':'/a','value':null}]", "{'a':null}"),
                Arguments.of("add to root replaces the document", "{'a':1}",
                        "[{'op':'add','path':'','value':[1]}]", "[1]"),
                Arguments.of("replace root", "{'a':1}",
                        "[{'op':'replace','path':'','value':{'b':2}}]", "{'b':2}"),
                Arguments.of("empty member name", "{'':1}",
                        "[{'op':'replace','path':'/','value':2}]", "{'':2}"),
                Arguments.of("~1 and ~0 escapes", "{'a/b':1,'m~n':2}",
                        "[{'op':'remove','path':'/a~1b'},{'op':'replace','path':'/m~0n','value':3}]", "{'m~n':3}"),
                Arguments.of("digits as object member names", "{'01':'x','-':'y'}",
                        "[{'op':'replace','path':'/01','value':1},{'op':'remove','path':'/-'}]", "{'01':1}"),
                Arguments.of("nested array of objects", "{'note':[{'id':'1','text':'a'},{'id':'2','text':'b'}]}",
                        "[{'op':'replace','path':'/note/1/text','value':'c'},{'op':'remove','path':'/note/0'}]",
                        "{'note':[{'id':'2','text':'c'}]}"),
                Arguments.of("copy is deep", "{'a':{'b':1}}",
                        "[{'op':'copy','from':'/a','path':'/c'},{'op':'replace','path':'/c/b','value':2}]",
                        "{'a':{'b':1},'c':{'b':2}}"),
                Arguments.of("copy array element to end", "{'a':[1,2]}",
                        "[{'op':'copy','from':'/a/0','path':'/a/-'}]", "{'a':[1,2,1]}"),
                Arguments.of("move onto itself", "{'a':{'b':1}}",
                        "[{'op':'move','from':'/a','path':'/a'}]", "{'a':{'b':1}}"),
                Arguments.of("move to root", "{'a':{'b':1}}",
                        "[{'op':'move','from':'/a','path':''}]", "{'b':1}"),
                Arguments.of("move replaces existing target member", "{'a':1,'b':2}",
                        "[{'op':'move','from':'/a','path':'/b'}]", "{'b':1}"),
                Arguments.of("test 1 equals 1.0", "{'a':1}",
                        "[{'op':'test','path':'/a','value':1.0}]", "{'a':1}"),
                Arguments.of("test 1e2 equals 100", "{'a':[100]}",
                        "[{'op':'test','path':'/a','value':[1e2]}]", "{'a':[100]}"),
                Arguments.of("test objects ignore member order", "{'a':{'x':1,'y':[true,null]}}",
                        "[{'op':'test','path':'/a','value':{'y':[true,null],'x':1.00}}]",
                        "{'a':{'x':1,'y':[true,null]}}"),
                Arguments.of("test whole document", "{'a':1}",
                        "[{'op':'test','path':'','value':{'a':1}}]", "{'a':1}"),
                Arguments.of("test null", "{'a':null}",
                        "[{'op':'test','path':'/a','value':null}]", "{'a':null}"),
                Arguments.of("empty patch", "{'a':1}", "[]", "{'a':1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"rfc6902AppendixA", "moreSuccess"})
    void applies(String name, String target, String patch, String expected) {
        JsonNode targetNode = json(target);
        JsonNode patchNode = json(patch);
        JsonNode targetBefore = targetNode.deepCopy();
        JsonNode patchBefore = patchNode.deepCopy();

        assertEquals(json(expected), JsonPatch.apply(targetNode, patchNode));
        assertEquals(targetBefore, targetNode, "target must not be modified");
        assertEquals(patchBefore, patchNode, "patch must not be modified");
    }

    /**
     * Failures: name, target, patch, exception, operation index (-1: none), message fragment.
     * A.9, A.12 and A.15 are the RFC 6902 appendix A error examples.
     */
    static Stream<Arguments> failures() {
        Class<? extends InvalidPatchException> invalid = InvalidPatchException.class;
        Class<? extends InvalidPatchException> testFailed = PatchTestFailedException.class;
        return Stream.of(
                Arguments.of("A.9 testing a value: error", "{'baz':'qux','foo':['a',2,'c']}",
                        "[{'op':'test','path':'/baz','value':'bar'}]", testFailed, 0,
                        "operation 0 (test '/baz'): test failed, value is \"qux\", expected \"bar\""),
                Arguments.of("A.12 adding to a nonexistent target", "{'foo':'bar'}",
                        "[{'op':'add','path':'/baz/bat','value':'qux'}]", invalid, 0,
                        "operation 0 (add '/baz/bat'): path '/baz/bat' does not exist"),
                Arguments.of("A.15 comparing strings and numbers", "{'/':9,'~1':10}",
                        "[{'op':'test','path':'/~01','value':'10'}]", testFailed, 0, "test failed"),
                // malformed documents and operations
                Arguments.of("not an array", "{}", "{'op':'add','path':'/a','value':1}", invalid, -1,
                        "a JSON Patch must be an array of operations, got object"),
                Arguments.of("operation not an object", "{}", "[{'op':'test','path':'','value':{}},'add']", invalid, 1,
                        "operation 1: must be a JSON object"),
                Arguments.of("missing op", "{}", "[{'path':'/a','value':1}]", invalid, 0, "operation 0: missing 'op'"),
                Arguments.of("op not a string", "{}", "[{'op':1,'path':'/a'}]", invalid, 0,
                        "operation 0: 'op' must be a string"),
                Arguments.of("unknown op", "{}", "[{'op':'ADD','path':'/a','value':1}]", invalid, 0,
                        "operation 0: unknown op 'ADD'"),
                Arguments.of("missing path", "{}", "[{'op':'remove'}]", invalid, 0,
                        "operation 0: missing 'path' for remove"),
                Arguments.of("path not a string", "{}", "[{'op':'remove','path':1}]", invalid, 0,
                        "operation 0: 'path' must be a string"),
                Arguments.of("missing value for add", "{}", "[{'op':'add','path':'/a'}]", invalid, 0,
                        "operation 0: missing 'value' for add"),
                Arguments.of("missing value for replace", "{'a':1}", "[{'op':'replace','path':'/a'}]", invalid, 0,
                        "operation 0: missing 'value' for replace"),
                Arguments.of("missing value for test", "{'a':1}", "[{'op':'test','path':'/a'}]", invalid, 0,
                        "operation 0: missing 'value' for test"),
                Arguments.of("missing from for move", "{'a':1}", "[{'op':'move','path':'/b'}]", invalid, 0,
                        "operation 0: missing 'from' for move"),
                Arguments.of("missing from for copy", "{'a':1}", "[{'op':'copy','path':'/b'}]", invalid, 0,
                        "operation 0: missing 'from' for copy"),
                Arguments.of("pointer without leading slash", "{'a':1}", "[{'op':'remove','path':'a'}]", invalid, 0,
                        "operation 0: 'path' is not a JSON Pointer"),
                Arguments.of("bad escape", "{'a':1}", "[{'op':'remove','path':'/a~2'}]", invalid, 0,
                        "operation 0: 'path' has an invalid escape"),
                Arguments.of("trailing tilde", "{'a~':1}", "[{'op':'remove','path':'/a~'}]", invalid, 0,
                        "invalid escape"),
                Arguments.of("malformed later op is found before anything runs", "{'a':1}",
                        "[{'op':'remove','path':'/a'},{'op':'jump','path':'/a'}]", invalid, 1, "unknown op 'jump'"),
                // paths that do not exist
                Arguments.of("remove missing member", "{'a':1}", "[{'op':'remove','path':'/b'}]", invalid, 0,
                        "operation 0 (remove '/b'): path '/b' does not exist"),
                Arguments.of("replace missing member", "{'a':1}", "[{'op':'replace','path':'/b','value':1}]", invalid, 0,
                        "path '/b' does not exist"),
                Arguments.of("remove root", "{'a':1}", "[{'op':'remove','path':''}]", invalid, 0,
                        "cannot remove the whole document"),
                Arguments.of("move from missing", "{'a':1}", "[{'op':'move','from':'/x','path':'/b'}]", invalid, 0,
                        "path '/x' does not exist"),
                Arguments.of("copy from missing", "{'a':1}", "[{'op':'copy','from':'/x/y','path':'/b'}]", invalid, 0,
                        "path '/x/y' does not exist"),
                Arguments.of("move into own child", "{'a':{'b':1}}", "[{'op':'move','from':'/a','path':'/a/b/c'}]",
                        invalid, 0, "cannot move '/a' into one of its own children"),
                Arguments.of("add below a scalar", "{'a':1}", "[{'op':'add','path':'/a/b','value':1}]", invalid, 0,
                        "its parent is not an object or an array"),
                Arguments.of("test missing path", "{'a':1}", "[{'op':'test','path':'/b','value':1}]", testFailed, 0,
                        "test failed, path does not exist"),
                Arguments.of("second op fails", "{'a':1}",
                        "[{'op':'add','path':'/b','value':2},{'op':'test','path':'/a','value':2}]", testFailed, 1,
                        "operation 1 (test '/a')"),
                // array index rules
                Arguments.of("add index > size", "{'a':[1]}", "[{'op':'add','path':'/a/2','value':1}]", invalid, 0,
                        "index 2 in '/a/2' is out of bounds, the array has 1 elements"),
                Arguments.of("replace index == size", "{'a':[1]}", "[{'op':'replace','path':'/a/1','value':1}]",
                        invalid, 0, "index 1 in '/a/1' is out of bounds"),
                Arguments.of("remove index == size", "{'a':[1]}", "[{'op':'remove','path':'/a/1'}]", invalid, 0,
                        "out of bounds"),
                Arguments.of("leading zero", "{'a':[1,2]}", "[{'op':'remove','path':'/a/01'}]", invalid, 0,
                        "'01' in '/a/01' is not a valid array index"),
                Arguments.of("leading zero on add", "{'a':[1,2]}", "[{'op':'add','path':'/a/00','value':0}]", invalid,
                        0, "'00' in '/a/00' is not a valid array index"),
                Arguments.of("negative index", "{'a':[1,2]}", "[{'op':'remove','path':'/a/-1'}]", invalid, 0,
                        "'-1' in '/a/-1' is not a valid array index"),
                Arguments.of("non-numeric index", "{'a':[1,2]}", "[{'op':'add','path':'/a/x','value':0}]", invalid, 0,
                        "'x' in '/a/x' is not a valid array index"),
                Arguments.of("'-' only for add: remove", "{'a':[1,2]}", "[{'op':'remove','path':'/a/-'}]", invalid, 0,
                        "path '/a/-' does not exist"),
                Arguments.of("'-' only for add: replace", "{'a':[1,2]}", "[{'op':'replace','path':'/a/-','value':1}]",
                        invalid, 0, "path '/a/-' does not exist"),
                Arguments.of("'-' only for add: copy from", "{'a':[1,2]}", "[{'op':'copy','from':'/a/-','path':'/b'}]",
                        invalid, 0, "path '/a/-' does not exist"),
                Arguments.of("'-' in the middle", "{'a':[{'b':1}]}", "[{'op':'add','path':'/a/-/b','value':1}]",
                        invalid, 0, "path '/a/-/b' does not exist"),
                Arguments.of("huge index", "{'a':[1]}", "[{'op':'add','path':'/a/99999999999','value':1}]", invalid, 0,
                        "out of bounds"),
                // JSON equality in test
                Arguments.of("test 1 vs '1'", "{'a':1}", "[{'op':'test','path':'/a','value':'1'}]", testFailed, 0,
                        "test failed"),
                Arguments.of("test array order matters", "{'a':[1,2]}", "[{'op':'test','path':'/a','value':[2,1]}]",
                        testFailed, 0, "test failed"),
                Arguments.of("test extra member", "{'a':{'x':1}}", "[{'op':'test','path':'/a','value':{'x':1,'y':2}}]",
                        testFailed, 0, "test failed"),
                Arguments.of("test null vs missing-like", "{'a':{}}", "[{'op':'test','path':'/a','value':null}]",
                        testFailed, 0, "test failed"),
                Arguments.of("test 1 vs 1.5", "{'a':1}", "[{'op':'test','path':'/a','value':1.5}]", testFailed, 0,
                        "test failed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void fails(String name, String target, String patch, Class<? extends InvalidPatchException> expected,
               int operationIndex, String messageFragment) {
        JsonNode targetNode = json(target);
        JsonNode targetBefore = targetNode.deepCopy();

        InvalidPatchException e = assertThrows(InvalidPatchException.class,
                () -> JsonPatch.apply(targetNode, json(patch)));

        assertEquals(expected, e.getClass());
        assertEquals(operationIndex, e.getOperationIndex());
        assertTrue(e.getMessage().contains(messageFragment), e.getMessage());
        assertEquals(targetBefore, targetNode, "a failed patch must leave the target untouched");
    }

    // A.13 (duplicate members) is the server's parser's business, not this class's: PatchMediaTypesTest sends it.


    @Test
    void failureAfterEarlierOperationsLeavesTargetUntouched() {
        ObjectNode target = (ObjectNode) json("{'a':[1,2],'b':{'c':1}}");
        JsonNode patch = json("[{'op':'remove','path':'/a/0'},{'op':'replace','path':'/b/c','value':9},"
                + "{'op':'move','from':'/b','path':'/z'},{'op':'remove','path':'/nope'}]");
        assertThrows(InvalidPatchException.class, () -> JsonPatch.apply(target, patch));
        assertEquals(json("{'a':[1,2],'b':{'c':1}}"), target);
    }

    @Test
    void addedValuesAreCopiesOfThePatch() {
        JsonNode patch = json("[{'op':'add','path':'/a','value':{'x':[1]}}]");
        JsonNode result = JsonPatch.apply(json("{}"), patch);
        assertNotSame(patch.get(0).get("value"), result.get("a"));
        ((ArrayNode) result.get("a").get("x")).add(2);
        assertEquals(json("[{'op':'add','path':'/a','value':{'x':[1]}}]"), patch);
    }

    static Stream<Arguments> numbers() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return Stream.of(
                Arguments.of(f.numberNode(1), f.numberNode(1.0d), true),
                Arguments.of(f.numberNode(1L), f.numberNode(new BigDecimal("1.000")), true),
                Arguments.of(f.numberNode(new BigInteger("12345678901234567890")),
                        f.numberNode(new BigDecimal("12345678901234567890.0")), true),
                Arguments.of(f.numberNode(0.1f), f.numberNode(0.1d), false),
                Arguments.of(f.numberNode((short) 7), f.numberNode(7.0f), true),
                Arguments.of(f.numberNode(Double.NaN), f.numberNode(1), false),
                Arguments.of(f.numberNode(2), f.textNode("2"), false),
                Arguments.of(f.booleanNode(true), f.booleanNode(true), true),
                Arguments.of(f.nullNode(), f.objectNode(), false));
    }

    @ParameterizedTest(name = "{0} == {1}: {2}")
    @MethodSource("numbers")
    void jsonEquality(JsonNode a, JsonNode b, boolean equal) {
        assertEquals(equal, JsonPatch.jsonEquals(a, b));
        assertEquals(equal, JsonPatch.jsonEquals(b, a));
    }

    static Stream<Arguments> touched() {
        return Stream.of(
                Arguments.of("[{'op':'replace','path':'/state','value':'held'}]", List.of("state"), false),
                Arguments.of("[{'op':'add','path':'/note/-','value':{}},{'op':'remove','path':'/note/0'}]",
                        List.of("note"), false),
                Arguments.of("[{'op':'move','from':'/a~1b/c','path':'/d'}]", List.of("d", "a/b"), false),
                Arguments.of("[{'op':'copy','from':'/id','path':'/externalId'}]", List.of("externalId"), false),
                Arguments.of("[{'op':'test','path':'/state','value':'x'},{'op':'add','path':'/m~0n','value':1}]",
                        List.of("state", "m~n"), false),
                Arguments.of("[{'op':'replace','path':'','value':{}}]", List.of(""), true),
                Arguments.of("[{'op':'move','from':'','path':'/x'}]", List.of("x", ""), true),
                Arguments.of("[{'op':'test','path':'','value':{}}]", List.of(""), false),
                Arguments.of("[]", List.of(), false));
    }

    @ParameterizedTest(name = "{0} touches {1}")
    @MethodSource("touched")
    void touchedTopLevelFields(String patch, List<String> fields, boolean whole) {
        assertEquals(fields, JsonPatch.touchedTopLevelFields(json(patch)));
        assertEquals(whole, JsonPatch.touchesWholeDocument(json(patch)));
    }

    @Test
    void touchedTopLevelFieldsRefusesMalformedPatches() {
        InvalidPatchException e = assertThrows(InvalidPatchException.class,
                () -> JsonPatch.touchedTopLevelFields(json("[{'op':'add','value':1}]")));
        assertEquals("Invalid patch: operation 0: missing 'path' for add", e.getMessage());
        assertFalse(e instanceof PatchTestFailedException);
        assertThrows(InvalidPatchException.class, () -> JsonPatch.touchedTopLevelFields(json("{}")));
    }
}
