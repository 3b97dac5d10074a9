// Renders the partner API's OpenAPI document with Swagger UI (served from the portal's own jar).
// An external script, so that the page's Content-Security-Policy needs no inline script.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // no badge fetched from a validator service: the page loads nothing from elsewhere
    validatorUrl: null
  });
});
