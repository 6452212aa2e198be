package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.Mailbox;

/**
 * Managers create operators, who choose their password through the link they get by e-mail;
 * anybody who forgot a password gets a new link. The mail goes through a real SMTP server
 * (GreenMail, in this JVM).
 */
class OperatorsBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("/reimposta-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private WebDriver driver;

    @BeforeEach
    void driver() {
        driver = browser.driver();
    }

    @Test
    void aManagerCreatesAnOperatorWhoChoosesAPasswordFromTheEmailedLink() throws Exception {
        login("manager", "Manager.Bugliano.1");
        browser.submit(By.linkText("Operatori"));
        assertThat(browser.heading()).isEqualTo("Operatori");
        browser.assertAccessible();

        browser.type("operators:username", "nuova.operatrice");
        browser.type("operators:display-name", "Nadia Nuova");
        browser.type("operators:email", "nadia@comune.bugliano.example");
        browser.click(By.id("operators:create"));
        browser.await().until(d -> d.findElement(By.id("messages")).getText().contains("Operatore Nadia Nuova creato"));
        assertThat(driver.findElement(By.id("operators:list")).getText()).contains("nuova.operatrice", "Operatore");
        browser.screenshot("operators-it");

        MimeMessage invitation = onlyMailTo("nadia@comune.bugliano.example");

        editNadia("admin@comune.bugliano.example");
        browser.await().until(d -> browser.messages().contains("è già usato da un altro account"));
        assertThat(browser.value("operators:display-name"))
                .as("nothing typed is lost")
                .isEqualTo("Nadia Nuova Rossi");
        browser.click(By.id("operators:cancel"));
        editNadia("nadia.nuova@comune.bugliano.example");
        browser.await().until(d -> browser.messages().contains("salvati"));
        assertThat(driver.findElement(By.id("operators:list")).getText())
                .contains("nadia.nuova@comune.bugliano.example");
        assertThat(invitation.getSubject()).isEqualTo("Comune di Bugliano: il tuo account di operatore");
        String token = token(invitation);
        logout();

        browser.visit(base, "reimposta-password.xhtml?token=" + token);
        assertThat(browser.heading()).isEqualTo("Scegli la password");
        browser.assertAccessible();
        choose("corta1", "corta1");
        assertThat(browser.messages()).contains("almeno 12 caratteri");
        choose("Torre.Pendente.1173", "Torre.Pendente.1174");
        assertThat(browser.messages()).contains("non coincidono");
        choose("Torre.Pendente.1173", "Torre.Pendente.1173");
        assertThat(browser.heading()).isEqualTo("Accesso riservato al personale");
        assertThat(browser.messages()).contains("Password salvata");

        login("nuova.operatrice", "Torre.Pendente.1173");
        assertThat(browser.heading()).isEqualTo("Scrivania dell'operatore");
        assertThat(driver.findElements(By.linkText("Operatori")))
                .as("not a manager")
                .isEmpty();
        logout();

        browser.visit(base, "reimposta-password.xhtml?token=" + token);
        assertThat(driver.findElement(By.cssSelector("[role='alert']")).getText())
                .contains("già stato usato");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughALinkThatSaysNothingAboutWhoExists() throws Exception {
        browser.visit(base, "accesso-personale.xhtml");
        browser.submit(By.id("forgotten"));
        browser.type("forgotten:who", "nessuno@example.org");
        browser.submit(By.id("forgotten:send"));
        String unknownAnswer = browser.messages();
        assertThat(Mailbox.addressedTo(SMTP, "nessuno@example.org")).isEmpty();

        browser.type("forgotten:who", "admin@comune.bugliano.example");
        browser.submit(By.id("forgotten:send"));
        assertThat(browser.messages()).isEqualTo(unknownAnswer).contains("Se esiste un account");

        MimeMessage reset = onlyMailTo("admin@comune.bugliano.example");
        assertThat(reset.getSubject()).isEqualTo("Comune di Bugliano: reimposta la password");
        browser.visit(base, "reimposta-password.xhtml?token=" + token(reset));
        choose("Torre.Civica.Bugliano.2", "Torre.Civica.Bugliano.2");
        assertThat(browser.messages()).contains("Password salvata");

        login("admin", "Admin.Bugliano.1");
        assertThat(browser.messages()).contains("Nome utente o password non corretti.");
        login("admin", "Torre.Civica.Bugliano.2");
        assertThat(browser.heading()).isEqualTo("Scrivania dell'operatore");
    }

    @Test
    void anOperatorCannotManageOperators() {
        login("operatore", "Operatore.Bugliano.1");

        browser.visit(base, "backoffice/operatori/index.xhtml");

        assertThat(browser.heading()).isEqualTo("Accesso non consentito");
    }

    @Test
    void aManagerIsNotOfferedToUnmakeOrDeleteAnAdministrator() {
        login("manager", "Manager.Bugliano.1");
        browser.visit(base, "backoffice/operatori/index.xhtml");
        browser.type("operators:search", "admin");
        browser.click(By.id("operators:filter")).awaitAjax();

        WebElement admin = browser.await()
                .until(d -> d.findElements(By.cssSelector("#operators\\:list tbody tr")).stream()
                        .filter(row -> row.getText().contains("admin@comune.bugliano.example"))
                        .findFirst()
                        .orElse(null));
        assertThat(admin.findElements(By.tagName("button")))
                .extracting(WebElement::getText)
                .contains("Modifica")
                .doesNotContain("Togli manager", "Elimina");
    }

    private void editNadia(String email) {
        browser.awaitAjax();
        browser.await().until(d -> {
            WebElement row = d.findElements(By.cssSelector("#operators\\:list tbody tr")).stream()
                    .filter(candidate -> candidate.getText().contains("nuova.operatrice"))
                    .findFirst()
                    .orElseThrow();
            row.findElement(By.xpath(".//button[normalize-space()='Modifica']")).click();
            return true;
        });
        browser.awaitAjax();
        browser.type("operators:display-name", "Nadia Nuova Rossi");
        browser.type("operators:email", email);
        browser.click(By.id("operators:save"));
        browser.awaitAjax();
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> received = Mailbox.mailsTo(SMTP, address);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("the mail carries the link").isTrue();
        return link.group(1);
    }

    private void login(String username, String password) {
        browser.visit(base, "accesso-personale.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.submit(By.id("login:submit"));
        browser.heading();
    }

    private void logout() {
        browser.submit(By.cssSelector(".backoffice-logout button"));
        browser.heading();
    }

    private void choose(String password, String repeated) {
        browser.type("choose:password", password);
        browser.type("choose:repeated", repeated);
        browser.submit(By.id("choose:save"));
        browser.heading();
    }
}
