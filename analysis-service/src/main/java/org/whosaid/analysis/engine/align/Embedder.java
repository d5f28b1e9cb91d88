package org.whosaid.analysis.engine.align;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Optional sentence embeddings from an ONNX model and its Hugging Face tokenizer.json, both read from configured
 * file paths (nothing is downloaded). Mean pooling over the attention mask, unit length. For BERT-like encoders whose
 * inputs are {@code input_ids}, {@code attention_mask} and optionally {@code token_type_ids}, and whose first output
 * is the token embeddings {@code [1, tokens, dim]} (or a pooled {@code [1, dim]}).
 *
 * <p>Off unless configured: the aligner works without it and {@link Aligner#signature} leaves
 * {@link Signature#embedding()} null. Thread-safe (ONNX Runtime sessions and the tokenizer may be shared).
 */
public final class Embedder implements AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final String output;
    private final String status;

    private Embedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, boolean typeIds,
            String output, String status) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = typeIds;
        this.output = output;
        this.status = status;
    }

    /**
     * Loads the model and tokenizer.
     *
     * @param maxTokens longer texts are truncated to this many tokens
     * @throws IOException when a file is missing or not a usable model/tokenizer (the message says which)
     */
    public static Embedder load(Path model, Path tokenizerJson, int maxTokens) throws IOException {
        if (model == null || !Files.isReadable(model)) throw new IOException("embedding model not readable: " + model);
        if (tokenizerJson == null || !Files.isReadable(tokenizerJson))
            throw new IOException("embedding tokenizer not readable: " + tokenizerJson);
        Map<String, String> options = new HashMap<>();
        options.put("truncation", "true");
        options.put("padding", "false");
        options.put("maxLength", Integer.toString(Math.max(8, maxTokens)));
        HuggingFaceTokenizer tok;
        try {
            tok = HuggingFaceTokenizer.newInstance(tokenizerJson, options);
        } catch (RuntimeException e) {
            throw new IOException("embedding tokenizer unusable (" + tokenizerJson + "): " + e.getMessage(), e);
        }
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions so = new OrtSession.SessionOptions();
            so.setIntraOpNumThreads(1); // the service aligns on request threads: one core per embedding
            OrtSession session = env.createSession(model.toString(), so);
            if (!session.getInputNames().contains("input_ids") || !session.getInputNames().contains("attention_mask")) {
                session.close();
                throw new IOException("embedding model " + model + " has inputs " + session.getInputNames()
                        + "; input_ids and attention_mask are needed");
            }
            String out = session.getOutputNames().iterator().next();
            NodeInfo info = session.getOutputInfo().get(out);
            long[] shape = info.getInfo() instanceof TensorInfo t ? t.getShape() : new long[0];
            long dim = shape.length == 0 ? -1 : shape[shape.length - 1];
            String status = "on (" + model.getFileName() + ", " + (dim > 0 ? dim + " dimensions, " : "")
                    + "max " + maxTokens + " tokens)";
            return new Embedder(env, session, tok, session.getInputNames().contains("token_type_ids"), out, status);
        } catch (OrtException e) {
            tok.close();
            throw new IOException("embedding model unusable (" + model + "): " + e.getMessage(), e);
        }
    }

    /** One line for health and docs. */
    public String status() {
        return status;
    }

    /** The unit-length embedding of a text, or null for an empty text. */
    public float[] embed(String text) {
        if (text == null || text.isBlank()) return null;
        Encoding enc = tokenizer.encode(text);
        long[] ids = enc.getIds(), mask = enc.getAttentionMask();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> in = new HashMap<>(4);
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(ids), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(mask), shape));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(enc.getTypeIds()), shape));
            try (OrtSession.Result r = session.run(in, java.util.Set.of(output))) {
                Object v = r.get(0).getValue();
                float[] pooled;
                if (v instanceof float[][][] tokens) pooled = meanPool(tokens[0], mask);
                else if (v instanceof float[][] sentence) pooled = sentence[0].clone();
                else throw new IllegalStateException("unexpected embedding output " + v.getClass().getSimpleName());
                return normalise(pooled);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    static float[] meanPool(float[][] tokens, long[] mask) {
        int dim = tokens[0].length;
        float[] out = new float[dim];
        int n = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i < mask.length && mask[i] == 0) continue;
            for (int k = 0; k < dim; k++) out[k] += tokens[i][k];
            n++;
        }
        if (n > 0) for (int k = 0; k < dim; k++) out[k] /= n;
        return out;
    }

    static float[] normalise(float[] v) {
        double s = 0;
        for (float x : v) s += (double) x * x;
        double norm = Math.sqrt(s);
        if (norm > 0) for (int k = 0; k < v.length; k++) v[k] = (float) (v[k] / norm);
        return v;
    }

    /** Cosine of two unit vectors (their dot product); NaN when the dimensions differ or one is null. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length || a.length == 0) return Double.NaN;
        double s = 0;
        for (int k = 0; k < a.length; k++) s += (double) a[k] * b[k];
        return s;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing anyway
        }
        tokenizer.close();
    }
}
