#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

#[derive(Debug)]
enum Command {
    Draw(Shape),
    Erase(Option<u32>),
    Batch(Vec<Command>),
}

fn run(cmd: &Command, depth: usize) {
    let pad = "  ".repeat(depth);
    match cmd {
        Command::Draw(Shape::Circle(r)) if *r <= 0.0 => println!("{pad}skip empty circle"),
        Command::Draw(Shape::Circle(r)) => println!("{pad}circle r={r}"),
        Command::Draw(Shape::Rect { w, h }) if w == h => println!("{pad}square {w}"),
        Command::Draw(Shape::Rect { w, h }) => println!("{pad}rect {w}x{h}"),
        Command::Erase(None) => println!("{pad}erase all"),
        Command::Erase(Some(id)) => println!("{pad}erase #{id}"),
        Command::Batch(cmds) if cmds.is_empty() => println!("{pad}empty batch"),
        Command::Batch(cmds) => {
            println!("{pad}batch of {}", cmds.len());
            for c in cmds {
                run(c, depth + 1);
            }
        }
    }
}

fn main() {
    let program = Command::Batch(vec![
        Command::Draw(Shape::Circle(1.5)),
        Command::Draw(Shape::Circle(0.0)),
        Command::Draw(Shape::Rect { w: 2.0, h: 2.0 }),
        Command::Batch(vec![Command::Erase(Some(3)), Command::Draw(Shape::Rect { w: 1.0, h: 4.5 })]),
        Command::Batch(vec![]),
        Command::Erase(None),
    ]);
    run(&program, 0);
}
