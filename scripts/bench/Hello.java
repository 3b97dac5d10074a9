import io.javalin.Javalin;

/** The bare Javalin hello the benchmarks compare the portal with: the same Javalin, Jetty and JVM, on loopback. */
public final class Hello {
    public static void main(String[] args) {
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.result("hello"));
        }).start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
