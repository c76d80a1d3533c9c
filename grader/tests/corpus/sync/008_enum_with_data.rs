#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

impl Message {
    fn describe(&self) -> String {
        match self {
            Message::Quit => "quit".to_string(),
            Message::Move { x, y } => format!("move to ({x}, {y})"),
            Message::Write(text) => format!("write {:?} ({} bytes)", text, text.len()),
            Message::ChangeColor(r, g, b) => format!("color rgb({r}, {g}, {b})"),
        }
    }
}

fn main() {
    let messages = vec![
        Message::Move { x: 3, y: -4 },
        Message::Write(String::from("hello")),
        Message::ChangeColor(0, 128, 255),
        Message::Quit,
    ];
    for m in &messages {
        println!("{:?} => {}", m, m.describe());
    }
    let moves = messages.iter().filter(|m| matches!(m, Message::Move { .. })).count();
    println!("moves: {moves}");
    if let Some(Message::Write(t)) = messages.get(1) {
        println!("second message writes {t}");
    }
}
