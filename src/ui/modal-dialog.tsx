import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  /** Escape, a click on the backdrop, or the dialog's own buttons. */
  onClose: () => void;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Rendered only while open, so a closed dialog holds nothing for queries or screen readers. */
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus in it, makes the page
 * behind inert and closes it on Escape. Focus goes back to whatever had it
 * before, as browsers differ on that.
 */
export function ModalDialog({ open, onClose, labelledBy, describedBy, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const closeRef = useRef(onClose);
  const openRef = useRef(open);
  useEffect(() => {
    closeRef.current = onClose;
    openRef.current = open;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={() => {
        if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
        // Closed by the browser rather than by the owner: tell the owner.
        if (openRef.current) closeRef.current();
      }}
      onCancel={(event) => {
        // Escape: close through the owner, so its state says closed too.
        event.preventDefault();
        closeRef.current();
      }}
      // The screens' own keys (1–4, Space, -, @) listen on the window: none may act behind the modal.
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; inside, it lands on its content.
        if (event.target === dialog.current) closeRef.current();
      }}
    >
      {open && <div className="modal-content">{children}</div>}
    </dialog>
  );
}
