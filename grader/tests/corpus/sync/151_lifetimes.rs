struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trimmed.len());
        let end = rest_trimmed.find(' ').map(|i| start + i).unwrap_or(self.input.len());
        self.pos = end;
        Some(&self.input[start..end])
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_two<'a, T>(items: &'a [T]) -> (&'a T, &'a T) {
    (&items[0], &items[1])
}

fn main() {
    let text = String::from("  borrow  checker   rules ");
    let mut p = Parser::new(&text);
    let mut words = Vec::new();
    while let Some(w) = p.next_word() {
        words.push(w);
    }
    println!("{words:?}");
    let l = longest(words[0], words[1]);
    println!("longest of first two: {l}");
    let (a, b) = first_two(&[10, 20, 30]);
    println!("{a} {b}");
    let static_str: &'static str = "lives forever";
    println!("{}", longest(static_str, &text));
}
