package io.partnerportal.adapters.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * SPEC §6.4: {@code /api/docs} renders the OpenAPI document with Swagger UI from the jar, under the
 * portal's Content-Security-Policy, in a real headless Chromium with no console error.
 */
class ApiDocsBrowserTest {
    private TestPortal portal;
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        portal.close();
    }

    @Test
    void theDocumentIsRenderedWithEveryOperationAndNoConsoleError() {
        portal = TestPortal.start();
        browser = Browser.start(portal.base, true);

        browser.open("/api/docs");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector(".opblock")).size() >= 15);

        List<String> paths = browser.driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText).map(t -> t.replace("\u200b", "")).toList();
        assertThat(paths).contains("/orders", "/subscriptions/{entitlementNumber}/cancellation",
                "/support/subscriptions/{entitlementNumber}/reactivation", "/openapi.json");
        assertThat(browser.text()).contains("Partner Subscriptions Portal — partner API");
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return document.title")).asString()
                .contains("Partner API");
        // opening an operation renders its parameters, body and answers from the document's schemas
        browser.driver.findElements(By.cssSelector(".opblock-summary")).stream()
                .filter(e -> e.getText().replace("\u200b", "").contains("/orders")).findFirst().orElseThrow().click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(".opblock-body .responses-table")).isEmpty());
        assertThat(browser.text()).contains("billingAccountId", "201");
        browser.screenshot(Path.of(System.getProperty("portal.screenshots", "target/screenshots"), "api-docs.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
