package io.shipshape.notifications;

import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email from {@code templates/notifications/mail/<type>.html} and {@code .txt}. It keeps its own
 * template engine (not a bean: a second engine bean would switch off Boot's auto-configured one for the back
 * office) because emails need the TEXT template mode beside HTML, and never the web request's context.
 */
@Component
class MailRenderer {

    /** A composed email. */
    record Rendered(String subject, String html, String text) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ApplicationContext application;

    MailRenderer(ApplicationContext application) {
        this.application = application;
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    /**
     * {@code order} and {@code trackingUrl} are null for an email about no order (a reply on a case linked only to
     * a customer): the layout then shows no tracking link and no order in its footer.
     */
    Rendered render(NotificationType type, String subject, MailFacts.Order order, String trackingUrl,
                    String shopName, boolean partial, Map<String, Object> facts) {
        Context context = new Context();
        // Without this variable Thymeleaf evaluates with a fresh SpEL context per template, whose property accessor
        // finds every getter by reflection again; this one shares a cached accessor (the profile under the benchmark
        // showed those lookups as most of the rendering time). It is cheap, but stateful: one per render.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("order", order);
        context.setVariable("trackingUrl", trackingUrl);
        context.setVariable("shop", shopName);
        context.setVariable("partial", partial);
        facts.forEach(context::setVariable);
        context.setVariable("subject", subject);
        return new Rendered(subject, engine.process(type.template() + ".html", context),
                engine.process(type.template() + ".txt", context));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notifications/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
