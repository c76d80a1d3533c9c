fn preview(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        text
    } else {
        &text[..max_bytes]
    }
}

fn main() {
    let posts = ["short", "a longer post", "naïve café"];
    for p in posts {
        println!("{:?}", preview(p, 3));
    }
}
