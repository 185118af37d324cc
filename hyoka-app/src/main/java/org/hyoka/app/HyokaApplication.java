package org.hyoka.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web application; the command line ({@code org.hyoka.cli.Hyoka}) starts it for {@code serve}. */
@SpringBootApplication(scanBasePackages = "org.hyoka")
public class HyokaApplication {
}
