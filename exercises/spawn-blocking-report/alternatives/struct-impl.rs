struct Report {
    rows: Vec<u32>,
}

impl Report {
    fn render(&self) -> String {
        self.rows.iter().map(|r| format!("row {}\n", r)).collect::<Vec<_>>().concat()
    }

    fn render_size(self) -> usize {
        let text = self.render();
        println!("rendered {} rows", self.rows.len());
        text.len()
    }
}

#[tokio::main]
async fn main() {
    let report = Report { rows: (1..=40).collect() };
    let size = tokio::task::spawn_blocking(move || report.render_size())
        .await
        .expect("the blocking task panicked");
    println!("report task finished: {} bytes", size);
}
