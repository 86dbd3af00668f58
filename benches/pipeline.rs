//! Criterion benches for the hot paths: the normaliser, the matcher (with the core lexicon),
//! and the classifier (when models/default.model exists).
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Vec<String> {
    let mut buf = Vec::new();
    c2chat::synth::generate_csv(&mut buf, 20_000, 42, 0.05).unwrap();
    let mut rdr = csv::Reader::from_reader(buf.as_slice());
    rdr.records().map(|r| r.unwrap()[4].to_string()).collect()
}

fn benches(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalise", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| c2chat::normalise::normalise(t).text().len())
                .sum::<usize>()
        })
    });
    let lex_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/core");
    let lex_dir = if lex_dir.exists() {
        lex_dir
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexicon")
    };
    let lex = c2chat::lexicon::Lexicon::load(&lex_dir).unwrap();
    let m = c2chat::matcher::Matcher::new(lex).unwrap();
    let normed: Vec<_> = texts
        .iter()
        .map(|t| c2chat::normalise::normalise(t))
        .collect();
    g.bench_function("match_normalised", |b| {
        b.iter_batched(
            || (),
            |_| {
                normed
                    .iter()
                    .map(|n| m.match_normalised(n).len())
                    .sum::<usize>()
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("normalise_and_match", |b| {
        b.iter(|| texts.iter().map(|t| m.match_text(t).0.len()).sum::<usize>())
    });
    let model_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default.model");
    if let Ok(model) = c2chat::classify::Model::load(&model_path) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        g.bench_function("classify_default_model", |b| {
            b.iter(|| model.predict_scores(&refs, None).len())
        });
    }
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
