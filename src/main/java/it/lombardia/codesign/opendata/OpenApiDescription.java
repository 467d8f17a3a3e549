package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, explanations and sign-in methods of the OpenAPI description at /api/openapi.json. */
@Configuration
class OpenApiDescription {

    static final String BASIC = "basic";
    static final String SESSION = "session";

    @Bean
    OpenAPI openDataApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Co-Design Workspace open data")
                        .version("v1")
                        .description("""
                                Read-only open data of the Research and Innovation Work Programme of Regione \
                                Lombardia and of the EDP rounds that prepare it.

                                * Adopted editions are public. Editions in preparation, rounds and proposals need a \
                                signed-in user: the browser session of the app, or HTTP Basic with the username and \
                                password of an account of the app.
                                * JSON answers are plain objects and arrays with stable camelCase field names; dates \
                                are ISO 8601 (dates `2025-12-31`, instants in UTC `2025-12-31T10:15:30Z`); absent \
                                values are `null`.
                                * Every list also comes as CSV (address ending in `.csv`): RFC 4180, UTF-8 with a \
                                byte order mark, a header row with the same field names, several values in one field \
                                joined with ` | `, text that starts like a spreadsheet formula prefixed with `'`.
                                * `lang=it` gives the names of ecosystems, PNRR components, SDGs, Horizon Europe \
                                clusters and technology clusters in Italian (and Italian file names); English \
                                otherwise.
                                * Errors come as JSON: `{"status": 404, "error": "not-found", "message": "..."}`; \
                                401 when signing in is needed.
                                """))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password of an account of the app"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a user signed in to the app in the same browser")));
    }
}
