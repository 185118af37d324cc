package org.hyoka.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hyoka.app.HyokaApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc on its own in-memory H2 database, sample data loaded as on a
 * first start. Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HyokaApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:core${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
    "hyoka.data-dir=target/core-test-data",
    "hyoka.sample-data.enabled=true",
    "hyoka.import.max-file-bytes=200000",
    "spring.servlet.multipart.max-file-size=300KB"})
@AutoConfigureMockMvc
public @interface CoreWebTest {
}
