#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

fn winner(board: &[[Cell; 3]; 3]) -> Option<Cell> {
    let lines = [
        [(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
        [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
        [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)],
    ];
    for line in lines {
        let [a, b, c] = line.map(|(r, col)| board[r][col]);
        if a != Cell::Empty && a == b && b == c {
            return Some(a);
        }
    }
    None
}

fn show(board: &[[Cell; 3]; 3]) {
    for row in board {
        let s: String = row.iter().map(|c| match c {
            Cell::Empty => '.',
            Cell::X => 'X',
            Cell::O => 'O',
        }).collect();
        println!("{s}");
    }
}

fn main() {
    let moves = [(1, 1), (0, 0), (0, 2), (2, 0), (1, 0), (1, 2), (2, 2), (0, 1), (2, 1)];
    let mut board = [[Cell::Empty; 3]; 3];
    for (turn, &(r, c)) in moves.iter().enumerate() {
        board[r][c] = if turn % 2 == 0 { Cell::X } else { Cell::O };
        if let Some(w) = winner(&board) {
            show(&board);
            println!("{w:?} wins on move {}", turn + 1);
            return;
        }
    }
    show(&board);
    println!("draw");
}
