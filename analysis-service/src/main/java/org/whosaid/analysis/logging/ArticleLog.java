package org.whosaid.analysis.logging;

import java.io.IOException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.logging.MDC;

/** The article being analysed in the logging MDC ({@code articleId}), taken from the posted body. */
@Provider
public class ArticleLog implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException, WebApplicationException {
        Object body = ctx.proceed();
        if (body instanceof NamesArticle a && a.id() != null) {
            MDC.put(RequestIds.ARTICLE_KEY, a.id().toString());
        }
        return body;
    }
}
