fn port_label(p: u16) -> String {
    format!("port {p}")
}

fn main() {
    let mut port = 65533;
    loop {
        println!("{}", port_label(port));
        port += 1;
    }
}
