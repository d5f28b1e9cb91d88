package org.whosaid.analysis.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds the error answers every operation can give (400, 404 with {error, detail}) and declares the API key as an HTTP bearer scheme (Swagger UI's "Authorize" takes the key and sends
 * {@code Authorization: Bearer <key>}) and marks the operations that need it, as {@code AuthFilter} decides: every
 * write except the stateless {@code POST /api/analyze}, and every {@code /api/admin} call.
 */
public class OpenApiSecurity implements OASFilter {

    public static final String SCHEME = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components c = api.getComponents();
        c.setSecuritySchemes(null);
        c.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The API key: the admin key (WHOSAID_ADMIN_API_KEY or <data-dir>/admin-api-key) or a scoped "
                        + "key (whosaid.auth.keys.<name>=<scope>:<key>); ingest → POST /api/articles, review → decisions, "
                        + "admin → everything. Sent as Authorization: Bearer <key>."));
        api.setSecurity(null);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> p : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().getOperations().entrySet()) {
                Operation op = o.getValue();
                op.setSecurity(null);
                if (p.getKey().contains("{")) {
                    addError(op, "404", "no such item");
                }
                if (!o.getKey().name().equals("GET") && !o.getKey().name().equals("DELETE")) {
                    addError(op, "400", "bad input (the detail names the field)");
                }
                if (needsKey(o.getKey().name(), p.getKey())) {
                    op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                    addError(op, "401", "no key, or an unknown key");
                    addError(op, "403", "a key of another scope");
                }
            }
        }
    }

    static boolean needsKey(String method, String path) {
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (path.startsWith("/api/admin")) {
            return true;
        }
        return !read && !(method.equals("POST") && path.equals("/api/analyze"));
    }

    private static void addError(Operation op, String code, String description) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        if (op.getResponses().getAPIResponse(code) == null) {
            op.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("ErrorJson")))));
        }
    }
}
