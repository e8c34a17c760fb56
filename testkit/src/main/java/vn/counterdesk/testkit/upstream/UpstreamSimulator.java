package vn.counterdesk.testkit.upstream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import vn.counterdesk.testkit.upstream.InvoiceCheck.InvoiceKey;

/**
 * A T-VAN style upstream on loopback for tests and demos (protocol in docs/sync.md):
 * {@code POST /tdiep} takes a TDiep and answers its 999; 202/204/301 are published to a feed read
 * with {@code GET /tdiep/answers?since=N&limit=M} ({@code Next-Cursor} header). It deduplicates by
 * MTDiep, keeps a ledger of accepted invoices, and injects the faults of a {@link FaultPlan}.
 */
public final class UpstreamSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UpstreamSimulator.class.getName());
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;
    private final SimMessages messages;
    private final CqtSigner signer;
    private final CqtSigner forger;
    private final TestTaxAuthority authority;
    private volatile FaultPlan faults;
    private volatile boolean answersWithheld;
    private final java.util.Set<String> suspendedSellers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Optional<String> requiredBearer;

    private final Object lock = new Object();
    private final Map<String, Submission> byMessageId = new HashMap<>();
    private final Map<InvoiceKey, String> ledger = new HashMap<>();
    private final List<byte[]> feed = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private long resent;
    private long coded;
    private long rejected;
    private long duplicateAcceptances;
    private long forgedPublished;
    private final Map<Fault, Long> injected = new EnumMap<>(Fault.class);
    private final java.util.Set<String> inProgress = new java.util.HashSet<>();

    private record Submission(Envelope envelope, SimOutcome outcome, List<byte[]> answers) {}

    private record Held(byte[] answer, long releaseAtNanos) {}

    private UpstreamSimulator(
            HttpServer server,
            TestTaxAuthority authority,
            FaultPlan faults,
            String tvanCode,
            Optional<String> requiredBearer,
            int threads) {
        this.server = server;
        this.authority = authority;
        this.signer = new CqtSigner(authority);
        this.forger = new CqtSigner(TestTaxAuthority.sharedImpostor());
        this.faults = faults;
        this.messages = new SimMessages(tvanCode);
        this.requiredBearer = requiredBearer;
        this.workers = Executors.newFixedThreadPool(
                threads,
                Thread.ofPlatform().name("sim-upstream-", 0).daemon(true).factory());
        server.setExecutor(workers);
        server.createContext("/tdiep", this::handle);
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port). */
    public static UpstreamSimulator start(int port, TestTaxAuthority authority, FaultPlan faults) throws IOException {
        return start(port, authority, faults, Optional.empty());
    }

    public static UpstreamSimulator start(
            int port, TestTaxAuthority authority, FaultPlan faults, Optional<String> requiredBearer)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        UpstreamSimulator sim = new UpstreamSimulator(server, authority, faults, "V0100000000", requiredBearer, 16);
        server.start();
        return sim;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public TestTaxAuthority taxAuthority() {
        return authority;
    }

    public void setFaults(FaultPlan plan) {
        this.faults = plan;
    }

    /**
     * While withheld, answer polls return empty pages (a T-VAN whose answers lag behind): clients
     * then resend overdue messages, which must stay idempotent.
     */
    public void withholdAnswers(boolean withhold) {
        this.answersWithheld = withhold;
    }

    /**
     * The seller's registration for e-invoices is suspended (or was never accepted): its invoices are refused
     * with a 204, as the tax authority refuses a taxpayer not in active status, until {@link #reinstateSeller}.
     */
    public void suspendSeller(String taxCode) {
        suspendedSellers.add(taxCode);
    }

    public void reinstateSeller(String taxCode) {
        suspendedSellers.remove(taxCode);
    }

    /** The decision on a message id, if the simulator ever received it. */
    public Optional<SimOutcome> outcome(String messageId) {
        synchronized (lock) {
            return Optional.ofNullable(byMessageId.get(messageId)).map(Submission::outcome);
        }
    }

    /** How many distinct invoices were accepted (coded or rejected). */
    public int ledgerSize() {
        synchronized (lock) {
            return ledger.size();
        }
    }

    public SimulatorStats stats() {
        synchronized (lock) {
            return new SimulatorStats(
                    requests.get(),
                    byMessageId.size(),
                    resent,
                    coded,
                    rejected,
                    duplicateAcceptances,
                    forgedPublished,
                    injectedSnapshot());
        }
    }

    private Map<Fault, Long> injectedSnapshot() {
        synchronized (injected) {
            return Map.copyOf(injected);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (requiredBearer.isPresent()
                    && !("Bearer " + requiredBearer.get())
                            .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, new byte[0]);
                return;
            }
            if (strike(Fault.LATENCY)) {
                Thread.sleep(faults.latency());
            }
            if (strike(Fault.SERVER_ERROR)) {
                respond(exchange, 503, new byte[0]);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/tdiep")) {
                submit(exchange);
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/tdiep/answers")) {
                answers(exchange);
            } else {
                respond(exchange, 404, new byte[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "simulator failure", e);
            respond(exchange, 500, new byte[0]);
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        Optional<byte[]> body = readBody(exchange.getRequestBody());
        Optional<Envelope> envelope = body.flatMap(Envelope::read);
        if (envelope.isEmpty()) {
            respond(exchange, 400, "unreadable TDiep".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] ack = process(envelope.get());
        if (strike(Fault.DROP_AFTER_PROCESSING)) {
            return; // closing without response headers drops the connection
        }
        deliver(exchange, ack);
    }

    private byte[] process(Envelope envelope) {
        synchronized (lock) {
            Submission known = byMessageId.get(envelope.messageId());
            if (known != null || !inProgress.add(envelope.messageId())) {
                resent++;
                // The client may have lost the answers: publish them again (it must cope with duplicates).
                if (known != null) {
                    known.answers().forEach(this::publish);
                }
                return messages.technicalAck(envelope, List.of());
            }
        }
        try {
            return processNew(envelope);
        } finally {
            synchronized (lock) {
                inProgress.remove(envelope.messageId());
            }
        }
    }

    private byte[] processNew(Envelope envelope) {
        if (!envelope.hasValidId() || envelope.count() < 1) {
            Submission bad = new Submission(envelope, new SimOutcome.Acknowledged(true), List.of());
            synchronized (lock) {
                byMessageId.put(envelope.messageId(), bad);
            }
            return messages.technicalAck(envelope, List.of(SimError.BAD_ENVELOPE));
        }
        if (!envelope.type().equals("200")) {
            return dataMessage(envelope);
        }
        List<byte[]> answers = codedInvoiceAnswers(envelope);
        synchronized (lock) {
            answers.forEach(this::publish);
        }
        return messages.technicalAck(envelope, List.of());
    }

    /** 203 and 206 are answered by 999 then 204, 300 by 999 then 301; an envelope error by the 999 alone. */
    private byte[] dataMessage(Envelope envelope) {
        DataMessageCheck.Result check = switch (envelope.type()) {
            case "203" -> DataMessageCheck.uncodedInvoices(envelope);
            case "206" -> DataMessageCheck.cashRegisterInvoice(envelope);
            case "300" -> DataMessageCheck.errorNotice(envelope);
            default -> DataMessageCheck.Result.envelope(SimError.BAD_ENVELOPE);
        };
        if (!check.envelopeErrors().isEmpty()) {
            record(envelope, new SimOutcome.Acknowledged(true), List.of());
            return messages.technicalAck(envelope, check.envelopeErrors());
        }
        List<SimError> errors = check.dataErrors();
        byte[] answer = switch (envelope.type()) {
            case "300" -> messages.errorNoticeResult(envelope, errors);
            case "206" ->
                messages.checkResult(
                        envelope,
                        errors.isEmpty() ? DataMessageCheck.VALID : DataMessageCheck.CASH_REGISTER_INVALID,
                        errors);
            default ->
                messages.checkResult(
                        envelope,
                        errors.isEmpty() ? DataMessageCheck.VALID : DataMessageCheck.INVOICES_INVALID,
                        errors);
        };
        SimOutcome outcome = errors.isEmpty()
                ? new SimOutcome.Acknowledged(false)
                : new SimOutcome.Rejected(errors.stream().map(SimError::code).toList());
        record(envelope, outcome, List.of(answer));
        synchronized (lock) {
            publish(answer);
        }
        return messages.technicalAck(envelope, List.of());
    }

    private List<byte[]> codedInvoiceAnswers(Envelope envelope) {
        var invoices = InvoiceCheck.children(envelope.data());
        if (envelope.count() != 1 || invoices.size() != 1) {
            return record(
                    envelope,
                    new SimOutcome.Rejected(List.of(SimError.BAD_ENVELOPE.code())),
                    List.of(messages.checkResult(envelope, 1, List.of(SimError.BAD_ENVELOPE))));
        }
        InvoiceCheck.Result check = InvoiceCheck.check(invoices.getFirst(), envelope.taxCode());
        List<SimError> errors = new ArrayList<>(check.errors());
        boolean suspended = check.key().isPresent()
                && suspendedSellers.contains(check.key().get().sellerTaxCode());
        if (suspended) {
            errors.add(SimError.SELLER_NOT_ACTIVE);
        }
        synchronized (lock) {
            if (check.key().isPresent() && ledger.containsKey(check.key().get())) {
                duplicateAcceptances++;
                errors.add(SimError.ALREADY_CODED);
                LOG.log(System.Logger.Level.WARNING, "invoice submitted again under a new MTDiep");
            } else if (!suspended) {
                check.key().ifPresent(key -> ledger.put(key, envelope.messageId()));
            }
        }
        if (!errors.isEmpty()) {
            return record(
                    envelope,
                    new SimOutcome.Rejected(errors.stream().map(SimError::code).toList()),
                    List.of(messages.checkResult(envelope, 1, errors)));
        }
        String code = SimMessages.newTaxAuthorityCode();
        byte[] codedInvoice = signer.code(envelope.dataBytes(), code);
        List<byte[]> published = new ArrayList<>();
        if (strike(Fault.FORGED_202)) {
            published.add(messages.codedInvoice(envelope, forgery(envelope.dataBytes(), codedInvoice, code)));
            synchronized (lock) {
                forgedPublished++;
            }
        }
        published.add(messages.codedInvoice(envelope, codedInvoice));
        record(envelope, new SimOutcome.Coded(code), List.of(messages.codedInvoice(envelope, codedInvoice)));
        return published;
    }

    /** Half the forgeries are signed by another key, half carry a code swapped after signing. */
    private byte[] forgery(byte[] submitted, byte[] genuine, String code) {
        if (faults.nextInt(2) == 0) {
            return forger.code(submitted, code);
        }
        String swapped = SimMessages.newTaxAuthorityCode();
        return new String(genuine, StandardCharsets.UTF_8)
                .replace(">" + code + "</MCCQT>", ">" + swapped + "</MCCQT>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<byte[]> record(Envelope envelope, SimOutcome outcome, List<byte[]> answers) {
        synchronized (lock) {
            byMessageId.put(envelope.messageId(), new Submission(envelope, outcome, answers));
            if (outcome instanceof SimOutcome.Coded) {
                coded++;
            } else if (outcome instanceof SimOutcome.Rejected) {
                rejected++;
            }
        }
        return answers;
    }

    /** Appends to the feed, applying DUPLICATE_ANSWER and OUT_OF_ORDER. Caller holds {@code lock}. */
    private void publish(byte[] answer) {
        if (strike(Fault.OUT_OF_ORDER)) {
            held.add(new Held(
                    answer,
                    System.nanoTime()
                            + Duration.ofMillis(50 + faults.nextInt(400)).toNanos()));
            return;
        }
        feed.add(answer);
        if (strike(Fault.DUPLICATE_ANSWER)) {
            feed.add(answer);
        }
    }

    private void answers(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int since;
        int limit;
        try {
            since = Integer.parseInt(query.getOrDefault("since", "0").isEmpty() ? "0" : query.get("since"));
            limit = Math.clamp(Integer.parseInt(query.getOrDefault("limit", "100")), 1, 1000);
        } catch (NumberFormatException e) {
            respond(exchange, 400, new byte[0]);
            return;
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        int next;
        synchronized (lock) {
            releaseHeld();
            int from = Math.clamp(since, 0, feed.size());
            int to = answersWithheld ? from : Math.min(feed.size(), from + limit);
            page.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DSTDiep>".getBytes(StandardCharsets.UTF_8));
            for (int i = from; i < to; i++) {
                page.writeBytes(feed.get(i));
            }
            page.writeBytes("</DSTDiep>".getBytes(StandardCharsets.UTF_8));
            next = to;
        }
        exchange.getResponseHeaders().add("Next-Cursor", Integer.toString(next));
        deliver(exchange, page.toByteArray());
    }

    private void releaseHeld() {
        long now = System.nanoTime();
        var due = held.stream().filter(h -> h.releaseAtNanos() <= now).toList();
        held.removeAll(due);
        due.forEach(h -> feed.add(h.answer()));
    }

    /** Sends a 200 with {@code body}, or a cut-off body under MALFORMED_XML. */
    private void deliver(HttpExchange exchange, byte[] body) throws IOException {
        byte[] out = body;
        if (strike(Fault.MALFORMED_XML)) {
            out = java.util.Arrays.copyOf(body, Math.max(1, body.length / 2));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
        respond(exchange, 200, out);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private boolean strike(Fault fault) {
        boolean hit = faults.strikes(fault);
        if (hit) {
            synchronized (injected) {
                injected.merge(fault, 1L, Long::sum);
            }
        }
        return hit;
    }

    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? Optional.empty() : Optional.of(body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            pair.substring(0, eq),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
