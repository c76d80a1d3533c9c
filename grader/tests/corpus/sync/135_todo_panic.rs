trait Exporter {
    fn export(&self, data: &[u8]) -> String;
}

struct Csv;
struct Xml;

impl Exporter for Csv {
    fn export(&self, data: &[u8]) -> String {
        data.iter().map(|b| b.to_string()).collect::<Vec<_>>().join(",")
    }
}

impl Exporter for Xml {
    fn export(&self, _data: &[u8]) -> String {
        todo!()
    }
}

fn main() {
    let exporters: Vec<(&str, Box<dyn Exporter>)> = vec![("csv", Box::new(Csv)), ("xml", Box::new(Xml))];
    for (name, e) in &exporters {
        println!("{name}: {}", e.export(&[1, 2, 3]));
    }
}
