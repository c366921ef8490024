//! Statistics over timings and the Markdown tables the benchmarks print.

/// Timings of one measurement, in milliseconds.
pub struct Stats {
    sorted: Vec<f64>,
}

impl Stats {
    pub fn new(mut samples: Vec<f64>) -> Stats {
        assert!(!samples.is_empty(), "no samples");
        samples.sort_by(f64::total_cmp);
        Stats { sorted: samples }
    }

    /// The `p`-th percentile (0 to 100), interpolated between the two nearest samples.
    pub fn percentile(&self, p: f64) -> f64 {
        let rank = p / 100.0 * (self.sorted.len() - 1) as f64;
        let (low, high) = (rank.floor() as usize, rank.ceil() as usize);
        self.sorted[low] + (self.sorted[high] - self.sorted[low]) * (rank - low as f64)
    }

    pub fn median(&self) -> f64 {
        self.percentile(50.0)
    }

    pub fn p95(&self) -> f64 {
        self.percentile(95.0)
    }

    pub fn mean(&self) -> f64 {
        self.sorted.iter().sum::<f64>() / self.sorted.len() as f64
    }

    pub fn max(&self) -> f64 {
        self.sorted[self.sorted.len() - 1]
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }
}

/// Milliseconds with two significant decimals below 10, one below 100, none above.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2} ms")
    } else if value < 100.0 {
        format!("{value:.1} ms")
    } else {
        format!("{value:.0} ms")
    }
}

/// A size in bytes, in MB (10^6 bytes, as the targets are written), KB or bytes.
pub fn size(bytes: u64) -> String {
    match bytes {
        100_000_000.. => format!("{:.1} MB", bytes as f64 / 1e6),
        1_000_000.. => format!("{:.2} MB", bytes as f64 / 1e6),
        1_000.. => format!("{:.0} KB", bytes as f64 / 1e3),
        _ => format!("{bytes} B"),
    }
}

/// The size of a file in bytes (0 when missing).
pub fn file_size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// "met" or "missed", for the target column.
pub fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "**missed**"
    }
}

/// Prints a Markdown table: the first column left-aligned, the others right-aligned.
pub fn table(headers: &[&str], rows: &[Vec<String>]) {
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([headers[c].chars().count(), 3])
                .max()
                .unwrap_or(3)
        })
        .collect();
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                if c == 0 {
                    format!("{cell:<w$}", w = widths[c])
                } else {
                    format!("{cell:>w$}", w = widths[c])
                }
            })
            .collect();
        println!("| {} |", padded.join(" | "));
    };
    line(headers.iter().map(|h| h.to_string()).collect());
    line(
        widths
            .iter()
            .enumerate()
            .map(|(c, &w)| {
                let dashes = "-".repeat(w - 1);
                if c == 0 {
                    format!("{dashes}-")
                } else {
                    format!("{dashes}:")
                }
            })
            .collect(),
    );
    for row in rows {
        line(row.clone());
    }
}
